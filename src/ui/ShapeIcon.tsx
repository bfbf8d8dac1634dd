/** A category's mark as a small inline icon, the same shape and colour as on the timeline. */
import { categoryShape } from '../data/categories';
import { isOpenShape, shapePath } from '../timeline/shapes';

export function ShapeIcon({ category, size = 14 }: { category: string; size?: number }) {
  const shape = categoryShape(category);
  const r = size / 2 - 1.5;
  return (
    <svg
      className={`shape-icon cat-${category}`}
      width={size}
      height={size}
      viewBox={`${-size / 2} ${-size / 2} ${size} ${size}`}
      aria-hidden="true"
      focusable="false"
    >
      <path className={isOpenShape(shape) ? 'shape open' : 'shape'} d={shapePath(shape, r)} />
    </svg>
  );
}
