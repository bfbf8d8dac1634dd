import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { Article } from '../../../../src/extract/extract';
import { ArticleForm } from '../../../../src/modes/extract/ArticleForm';
import { type ArticleFields, EMPTY_FIELDS } from '../../../../src/modes/extract/articleInput';

function Form({ onRun }: { onRun: (a: Article) => void }) {
  const [fields, setFields] = useState<ArticleFields>(EMPTY_FIELDS);
  return <ArticleForm fields={fields} onFieldsChange={setFields} onRun={onRun} />;
}

describe('ArticleForm', () => {
  it('names the missing address and date under their fields, focuses the first, and does not run', async () => {
    const onRun = vi.fn();
    render(<Form onRun={onRun} />);
    await userEvent.type(screen.getByLabelText('Article text'), 'Some text.');
    await userEvent.click(screen.getByRole('button', { name: 'Find the events' }));
    const url = screen.getByLabelText('Address (URL), required');
    expect(url).toHaveAttribute('aria-invalid', 'true');
    expect(url).toHaveAccessibleDescription("The article's address is missing: give its http or https address.");
    expect(screen.getByLabelText('Published (YYYY-MM-DD), required')).toHaveAccessibleDescription(
      'The publication date is missing: give it as YYYY-MM-DD.',
    );
    expect(url).toHaveFocus();
    expect(onRun).not.toHaveBeenCalled();
    // Typing in the field clears its problem.
    await userEvent.type(url, 'h');
    expect(url).not.toHaveAttribute('aria-invalid');
  });

  it('runs with the article as the engine reads it', async () => {
    const onRun = vi.fn();
    render(<Form onRun={onRun} />);
    await userEvent.type(screen.getByLabelText('Article text'), 'US expels diplomats{Enter}{Enter}The text.');
    await userEvent.type(screen.getByLabelText('Address (URL), required'), ' https://example.org/a ');
    await userEvent.type(screen.getByLabelText('Published (YYYY-MM-DD), required'), '2021-04-15');
    await userEvent.type(screen.getByLabelText('Publisher (optional)'), 'Example');
    await userEvent.click(screen.getByRole('button', { name: 'Find the events' }));
    expect(onRun).toHaveBeenCalledWith({
      text: 'US expels diplomats\n\nThe text.',
      url: 'https://example.org/a',
      published: '2021-04-15',
      title: 'US expels diplomats',
      publisher: 'Example',
    });
  });

  it('reads a picked HTML file into the text and headline, and says so', async () => {
    render(<Form onRun={vi.fn()} />);
    const html = '<html><head><title>Head line</title></head><body><nav>Menu</nav><p>The body.</p></body></html>';
    await userEvent.upload(
      screen.getByLabelText('Open a file…'),
      new File([html], 'story.html', { type: 'text/html' }),
    );
    await waitFor(() => expect(screen.getByLabelText('Article text')).toHaveValue('The body.'));
    expect(screen.getByLabelText('Headline (optional)')).toHaveValue('Head line');
    expect(screen.getByRole('status')).toHaveTextContent(
      'Read story.html: 9 characters of text. Now give its address and date.',
    );
  });

  it('says why a file cannot be read, in an alert naming it', async () => {
    render(<Form onRun={vi.fn()} />);
    await userEvent.upload(
      screen.getByLabelText('Open a file…'),
      new File([new Uint8Array([80, 0, 1])], 'scan.txt', { type: 'text/plain' }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'scan.txt is binary (it contains NUL bytes), not text: give a .txt, .md or .html file.',
    );
    expect(screen.getByLabelText('Article text')).toHaveValue('');
  });
});
