/** A form's failure that belongs to no one field; an alert, so that it is announced. */
export function FormError({ message }: { message: string | null }) {
  return (
    <div role="alert" className="form-error">
      {message ? <p>{message}</p> : null}
    </div>
  );
}
