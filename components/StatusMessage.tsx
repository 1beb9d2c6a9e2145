import type { ComponentChildren } from 'preact';

/** A plain message in place of the label: restricted page, not a policy, error. */
export function StatusMessage({ title, text, children }: { title: string; text?: string; children?: ComponentChildren }) {
  return (
    <section class="status" role="status">
      <h1>{title}</h1>
      {text && <p>{text}</p>}
      {children}
    </section>
  );
}
