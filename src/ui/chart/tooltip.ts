/**
 * The chart's tooltip: a mark's whole title and its date, shown on hover and on keyboard focus, beside the
 * mark, inside the chart's box. The element (role="tooltip") belongs to the component; the bridge says what to
 * show and where.
 */
export interface ChartTooltip {
  show(anchor: Element, title: string, dateText: string): void;
  hide(): void;
}

export function createTooltip(el: () => HTMLElement | null, box: HTMLElement): ChartTooltip {
  return {
    show(anchor, title, dateText) {
      const tip = el();
      if (!tip) return;
      const [date, text] = [tip.querySelector('.tip-date'), tip.querySelector('.tip-title')];
      if (date) date.textContent = dateText;
      if (text) text.textContent = title;
      tip.hidden = false;
      const a = anchor.getBoundingClientRect();
      const b = box.getBoundingClientRect();
      const width = tip.offsetWidth;
      // Above the mark, kept inside the chart's box; below it when there is no room above.
      const left = Math.min(Math.max(0, a.left + a.width / 2 - b.left - width / 2), Math.max(0, b.width - width));
      const above = a.top - b.top - tip.offsetHeight - 6;
      tip.style.left = `${left}px`;
      tip.style.top = `${above >= 0 ? above : a.bottom - b.top + 6}px`;
    },
    hide() {
      const tip = el();
      if (tip) tip.hidden = true;
    },
  };
}
