/** The shape every language of a namespace has: the Ukrainian one's nesting, every leaf a string. */
export type Shape<T> = { [Section in keyof T]: { [Key in keyof T[Section]]: string } };
