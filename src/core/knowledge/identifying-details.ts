/**
 * Signs that a message carries details that identify a family. The reply then reminds the partner to keep
 * them out of chat. Patterns only: nothing here stores or logs what was found.
 */
const DETAILS: RegExp[] = [
  /\b[\w.+-]+@[\w-]+\.[\w.-]+\b/, // email
  /(\+?1[\s.-]?)?\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b/, // phone
  /\b\d{1,5} [A-Z][a-z]+( [A-Z][a-z]+)? (St|Street|Ave|Avenue|Rd|Road|Dr|Drive|Ln|Lane|Blvd|Way|Ct|Court|Pl|Place)\b/i, // street address
  /\b(dob|d\.o\.b\.|date of birth|born on|birthday)\b/i,
  /\b(ssn|social security number|medicaid (id|number)|case number|mrn)\b/i,
  // A capitalised first and last name next to a date (e.g. "Jamie Ortiz, 3/14/2015").
  /\b[A-Z][a-z]+ [A-Z][a-z]+\b[^.?!]{0,30}\b(\d{1,2}\/\d{1,2}\/\d{2,4}|\d{4}-\d{2}-\d{2})\b/,
];

export function mentionsIdentifyingDetails(message: string): boolean {
  return DETAILS.some((pattern) => pattern.test(message));
}

export const CONFIDENTIALITY_REMINDER =
  "Confidentiality reminder: please keep families' names, birth dates, phone numbers, addresses and emails out of chat; share them only through your agency's confidential records.";
