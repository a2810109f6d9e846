// The source of a value: its address as a link, followed by any note the source carries.
import { sourceHref } from "./display";

export function SourceText({ source }: { source: string }) {
  const href = sourceHref(source);
  if (!href) return <span className="break-words">{source}</span>;
  const rest = source.slice(href.length);
  return (
    <span className="break-all">
      <a href={href} className="text-brand-700 underline" rel="noreferrer" target="_blank">
        {href}
      </a>
      {rest}
    </span>
  );
}
