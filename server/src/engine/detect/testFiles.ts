/**
 * Test files, fixtures, mocks and stories hold made-up data: looking for personal data in them is not worth it.
 * (`const phone = '13800000000'` in a test is not processing anyone's personal information.)
 */
export function isLikelyTestFile(fileName: string): boolean {
  const f = fileName.replace(/\\/g, '/');
  return /(^|\/)(__tests__|__mocks__|__fixtures__|tests?|spec|fixtures?|mocks?|e2e|cypress|playwright)\//i.test(f) ||
    /\.(test|spec|stories|story|mock|fixture)\.[cm]?[jt]sx?$/i.test(f);
}
