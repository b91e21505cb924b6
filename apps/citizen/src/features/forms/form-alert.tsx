/**
 * Where a form's failure is announced: always in the page, so that screen readers hear the
 * sentence the moment it appears (an alert added with its text is often missed).
 */
export function FormAlert({ message }: { message: string | null }) {
  return (
    <div role="alert" className="form-error">
      {message ? <p>{message}</p> : null}
    </div>
  );
}
