/** A five-pointed star, decorative: the words beside it say the score. */
export function StarIcon({ filled }: { filled?: boolean }) {
  return (
    <svg
      className="star-icon"
      data-filled={filled ? "true" : undefined}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
    >
      <path d="M12 2.5l2.94 6.26 6.86.8-5.08 4.7 1.36 6.78L12 17.6l-6.08 3.44 1.36-6.78-5.08-4.7 6.86-.8z" />
    </svg>
  );
}
