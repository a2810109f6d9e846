// PostgreSQL's, the driver's and Prisma's own words: none may reach a user or a stored message
// (issue 17). Shared by the integration tests and the e2e fuzz pass.
export const RAW_DATABASE_TEXT =
  /invalid byte sequence|violates .*constraint|duplicate key|syntax error at|out of range for type|invalid input syntax|value too long for type|relation "|column "|SQLSTATE|PrismaClient|Invalid `prisma|DriverAdapterError|ERROR: |unterminated quoted|cannot be converted to text|\\u0000|\u0000/i;
