"use client";

import "./highlight.css";
import { Children, isValidElement, type ReactNode } from "react";
import ReactMarkdown, { type Components } from "react-markdown";
import rehypeHighlight from "rehype-highlight";
import remarkGfm from "remark-gfm";
import { CopyButton } from "./copy-button";

/** The text of a rendered code element (highlight.js splits it into spans). */
function textOf(node: ReactNode): string {
  if (typeof node === "string" || typeof node === "number") return String(node);
  if (Array.isArray(node)) return node.map(textOf).join("");
  if (isValidElement<{ children?: ReactNode }>(node)) return textOf(node.props.children);
  return "";
}

const components: Components = {
  pre({ children }) {
    const code = Children.toArray(children)[0];
    const className = isValidElement<{ className?: string }>(code) ? (code.props.className ?? "") : "";
    const language = /language-([\w-]+)/.exec(className)?.[1];
    return (
      <div className="chat-code group/code my-3 overflow-hidden rounded-lg border border-zinc-200 bg-zinc-50 dark:border-zinc-800 dark:bg-zinc-950/70">
        <div className="flex items-center justify-between border-b border-zinc-200 px-3 py-1 text-xs text-zinc-500 dark:border-zinc-800 dark:text-zinc-400">
          <span>{language ?? "code"}</span>
          <CopyButton text={() => textOf(children).replace(/\n$/, "")} label="Copy code" />
        </div>
        <pre className="overflow-x-auto p-3 text-[13px] leading-relaxed">{children}</pre>
      </div>
    );
  },
  code({ className, children }) {
    if (className?.includes("language-") || className?.includes("hljs"))
      return <code className={className}>{children}</code>;
    return <code className="rounded bg-zinc-100 px-1 py-0.5 text-[0.9em] dark:bg-zinc-800">{children}</code>;
  },
  a({ href, children }) {
    return (
      <a
        href={href}
        target="_blank"
        rel="noopener noreferrer nofollow"
        className="text-brand-600 underline dark:text-brand-400"
      >
        {children}
      </a>
    );
  },
  h1: ({ children }) => <h3 className="mt-4 mb-2 text-lg font-semibold">{children}</h3>,
  h2: ({ children }) => <h4 className="mt-4 mb-2 text-base font-semibold">{children}</h4>,
  h3: ({ children }) => <h5 className="mt-3 mb-1.5 font-semibold">{children}</h5>,
  p: ({ children }) => <p className="my-2 leading-relaxed first:mt-0 last:mb-0">{children}</p>,
  ul: ({ children }) => <ul className="my-2 list-disc space-y-1 pl-5">{children}</ul>,
  ol: ({ children }) => <ol className="my-2 list-decimal space-y-1 pl-5">{children}</ol>,
  blockquote: ({ children }) => (
    <blockquote className="my-2 border-l-2 border-zinc-300 pl-3 text-zinc-600 dark:border-zinc-700 dark:text-zinc-400">
      {children}
    </blockquote>
  ),
  table: ({ children }) => (
    <div className="my-3 overflow-x-auto">
      <table className="w-full border-collapse text-sm">{children}</table>
    </div>
  ),
  th: ({ children }) => (
    <th className="border border-zinc-200 bg-zinc-50 px-2 py-1 text-left dark:border-zinc-800 dark:bg-zinc-900">
      {children}
    </th>
  ),
  td: ({ children }) => <td className="border border-zinc-200 px-2 py-1 dark:border-zinc-800">{children}</td>,
  img: ({ alt }) => <span className="text-zinc-500">[image: {alt}]</span>,
};

/** Model output as Markdown: GFM, highlighted code, and no raw HTML (react-markdown escapes it). */
export function Markdown({ text }: { text: string }) {
  return (
    <div className="text-sm text-zinc-800 dark:text-zinc-200" data-testid="markdown">
      <ReactMarkdown
        remarkPlugins={[remarkGfm]}
        rehypePlugins={[[rehypeHighlight, { detect: false }]]}
        components={components}
        skipHtml
      >
        {text}
      </ReactMarkdown>
    </div>
  );
}
