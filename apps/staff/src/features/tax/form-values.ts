/** The trimmed text of a form's input, select or textarea by name; "" when there is none. */
export function typedValue(form: HTMLFormElement, name: string): string {
  const element = form.elements.namedItem(name);
  if (
    element instanceof HTMLInputElement ||
    element instanceof HTMLSelectElement ||
    element instanceof HTMLTextAreaElement
  ) {
    return element.value.trim();
  }
  // A group of radio buttons.
  if (element instanceof RadioNodeList) return element.value;
  return "";
}

/**
 * Moves the focus to the first field, in the form's order, that has an error, and says whether
 * there was one: a form that refuses to send tells the keyboard where to go (WCAG 3.3.1).
 */
export function firstInvalidField(
  form: HTMLFormElement,
  fields: readonly string[],
  errors: Readonly<Record<string, string>>,
): boolean {
  const first = fields.find((field) => errors[field] !== undefined);
  if (first === undefined) return false;
  const element = form.elements.namedItem(first);
  const target = element instanceof RadioNodeList ? element[0] : element;
  if (target instanceof HTMLElement) target.focus();
  return true;
}
