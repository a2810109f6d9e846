// A file refused as a whole (not UTF-8, mojibake, missing columns, unreadable workbook): the
// message is shown to the user as it is, in Vietnamese.
export class ImportFileError extends Error {
  override name = "ImportFileError";
}
