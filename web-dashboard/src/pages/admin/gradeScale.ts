/** Per threshold of grades 1..12: the key of what is wrong with it, or null. Mirrors the server's GradeScale rules. */
export function thresholdErrors(values: string[]): (string | null)[] {
  const numbers = values.map((v) => (/^\d{1,3}$/.test(v.trim()) ? Number(v) : NaN));
  return numbers.map((n, i) => {
    if (Number.isNaN(n)) return 'school.thresholdNumber';
    if (i === 0 && n !== 0) return 'school.thresholdFirst';
    if (n > 100) return 'school.thresholdMax';
    const before = numbers[i - 1];
    if (i > 0 && before !== undefined && !Number.isNaN(before) && n <= before) return 'school.thresholdRise';
    return null;
  });
}
