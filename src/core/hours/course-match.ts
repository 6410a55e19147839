import type { Course } from "./credential-rule-set.js";

/** Lowercase words separated by single spaces, so "Trauma-Informed Care!" and "trauma informed care" compare equal. */
export function normalizeCourseText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** True when a training note names the course (or an alias) as whole words: "CFT 1" never matches "CFT 2". */
export function noteNamesCourse(note: string, course: Course): boolean {
  const haystack = ` ${normalizeCourseText(note)} `;
  return [course.name, ...course.aliases].some((name) => {
    const needle = normalizeCourseText(name);
    return needle !== "" && haystack.includes(` ${needle} `);
  });
}
