// the server's rules (UsersService, UserController), checked before sending so the form can say what to fix

const EMAIL = /^[^@\s]{1,64}@[^@\s]{1,190}\.[^@\s]{2,}$/;

export function emailError(email: string, required = false): string | null {
  const value = email.trim();
  if (!value) return required ? 'validation.emailRequired' : null;
  return EMAIL.test(value) && value.length <= 254 ? null : 'validation.emailInvalid';
}

export function nameError(name: string): string | null {
  const value = name.trim();
  if (!value) return 'validation.nameRequired';
  return value.length > 200 ? 'validation.nameTooLong' : null;
}

export function passwordError(password: string, required: boolean): string | null {
  if (!password) return required ? 'validation.passwordRequired' : null;
  return password.length < 8 || password.length > 200 ? 'validation.passwordLength' : null;
}
