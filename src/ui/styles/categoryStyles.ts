/**
 * The categories' colours as a stylesheet, written from the category table (src/data/categories.ts), so a
 * category is one row there and nothing in the CSS files: for each category a variable `--c-<id>` (both
 * themes, through light-dark()), which the picture exports read, and a class `.cat-<id>` that gives marks,
 * spans, icons and bars their colour through `--c`. The page adds it once, before the first render (main.tsx).
 */
import { CATEGORIES, type Category } from '../../data/categories';

export function categoryCss(categories: readonly Category[] = CATEGORIES): string {
  const vars = categories.map((c) => `  --c-${c.id}: light-dark(${c.colour.light}, ${c.colour.dark});`);
  const classes = categories.map((c) => `.cat-${c.id} {\n  --c: var(--c-${c.id});\n}`);
  return `:root {\n${vars.join('\n')}\n}\n${classes.join('\n')}\n`;
}

/** Adds the categories' stylesheet to the document (once). */
export function installCategoryStyles(doc: Document = document): void {
  if (doc.getElementById('category-styles')) return;
  const style = doc.createElement('style');
  style.id = 'category-styles';
  style.textContent = categoryCss();
  doc.head.append(style);
}
