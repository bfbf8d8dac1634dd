/**
 * The article: its text (pasted, or read from a picked or dropped .txt, .md or .html file), its address and
 * publication date (required), its publisher and headline (optional), and the button that finds the events.
 * A field's problem shows under it and takes the focus; a file that cannot be read says why in an alert.
 */

import { type FormEvent, useCallback, useId, useRef, useState } from 'react';
import { formatNumber } from '../../data/formatNumber';
import { ARTICLE_EXTENSIONS } from '../../extract/articleFile';
import type { Article } from '../../extract/extract';
import { useFileDrop } from '../../ui/useFileDrop';
import { type ArticleField, type ArticleFields, parseArticleFields } from './articleInput';
import { readArticleFile } from './readArticleFile';

interface Props {
  readonly fields: ArticleFields;
  readonly onFieldsChange: (change: (fields: ArticleFields) => ArticleFields) => void;
  readonly onRun: (article: Article) => void;
}

type Problems = Partial<Record<ArticleField, string>>;

const ORDER: readonly ArticleField[] = ['text', 'url', 'published', 'publisher', 'title'];

export function ArticleForm({ fields, onFieldsChange, onRun }: Props) {
  const id = useId();
  const [problems, setProblems] = useState<Problems>({});
  const [fileNote, setFileNote] = useState<{ ok: boolean; text: string } | null>(null);
  const inputs = useRef<Partial<Record<ArticleField, HTMLInputElement | HTMLTextAreaElement | null>>>({});

  const openFile = useCallback(
    async (file: File) => {
      const read = await readArticleFile(file);
      if (!read.ok) {
        setFileNote({ ok: false, text: read.message });
        return;
      }
      onFieldsChange((f) => ({ ...f, text: read.value.text, title: read.value.title ?? '' }));
      const chars = formatNumber(read.value.text.length);
      setFileNote({ ok: true, text: `Read ${file.name}: ${chars} characters of text. Now give its address and date.` });
    },
    [onFieldsChange],
  );
  const dragging = useFileDrop(openFile);

  const set = (field: ArticleField) => (ev: { currentTarget: { value: string } }) => {
    const value = ev.currentTarget.value;
    onFieldsChange((f) => ({ ...f, [field]: value }));
    if (problems[field]) setProblems((p) => ({ ...p, [field]: undefined }));
  };

  const submit = (ev: FormEvent) => {
    ev.preventDefault();
    const input = parseArticleFields(fields);
    if (!input.ok) {
      setProblems(input.problems);
      const first = ORDER.find((f) => input.problems[f]);
      if (first) inputs.current[first]?.focus();
      return;
    }
    setProblems({});
    onRun(input.article);
  };

  const describedBy = (field: ArticleField, hint?: string) =>
    [hint, problems[field] ? `${id}-${field}-problem` : null].filter(Boolean).join(' ') || undefined;
  const problem = (field: ArticleField) =>
    problems[field] ? (
      <p className="field-problem" id={`${id}-${field}-problem`}>
        {problems[field]}
      </p>
    ) : null;
  const textField = (field: 'url' | 'published' | 'publisher' | 'title', label: string, extra: object = {}) => (
    <div className="field">
      <label htmlFor={`${id}-${field}`}>{label}</label>
      <input
        id={`${id}-${field}`}
        ref={(el) => {
          inputs.current[field] = el;
        }}
        type="text"
        value={fields[field]}
        onChange={set(field)}
        aria-invalid={problems[field] ? true : undefined}
        aria-describedby={describedBy(field)}
        spellCheck={false}
        {...extra}
      />
      {problem(field)}
    </div>
  );

  return (
    <form className="article-form" aria-labelledby={`${id}-heading`} onSubmit={submit} noValidate>
      <h2 id={`${id}-heading`}>The article</h2>
      <div className="field">
        <label htmlFor={`${id}-text`}>Article text</label>
        <p className="hint" id={`${id}-text-hint`}>
          Paste the text (or the HTML) of one English news article, or open a .txt, .md or .html file; you can also drop
          the file on this page.
        </p>
        <textarea
          id={`${id}-text`}
          ref={(el) => {
            inputs.current.text = el;
          }}
          rows={10}
          value={fields.text}
          onChange={set('text')}
          aria-describedby={describedBy('text', `${id}-text-hint`)}
        />
        <label className="file-pick">
          Open a file…
          <input
            type="file"
            accept={[...ARTICLE_EXTENSIONS, 'text/plain', 'text/markdown', 'text/html'].join(',')}
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) void openFile(file);
              e.currentTarget.value = '';
            }}
          />
        </label>
        {fileNote ? (
          <p className={fileNote.ok ? 'file-note' : 'file-note field-problem'} role={fileNote.ok ? 'status' : 'alert'}>
            {fileNote.text}
          </p>
        ) : null}
      </div>
      <div className="field-row">
        {textField('url', 'Address (URL), required', { inputMode: 'url', autoComplete: 'url' })}
        {textField('published', 'Published (YYYY-MM-DD), required', { placeholder: '2021-04-15' })}
        {textField('publisher', 'Publisher (optional)')}
        {textField('title', 'Headline (optional)')}
      </div>
      <button type="submit" className="run-button">
        Find the events
      </button>
      {dragging ? (
        <div className="drop-overlay" aria-hidden="true">
          Drop a .txt, .md or .html article to read it. It stays on your computer.
        </div>
      ) : null}
    </form>
  );
}
