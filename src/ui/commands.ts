/**
 * User commands as data, one shape for the chart's keys and toolbar buttons, a mode's page keys and the
 * presentation's buttons: an id, a label (the button's accessible name), the keys (KeyboardEvent.key values)
 * and what it does in a context. A registry finds a command by id or key.
 */
import type { ToneBin } from '../analysis/tone';
import type { AppStore } from '../state/store';

export interface Command<C> {
  readonly id: string;
  readonly label: string;
  readonly keys: readonly string[];
  run(ctx: C): void;
  /** Absent: always enabled. */
  isEnabled?(ctx: C): boolean;
}

export interface CommandRegistry<C> {
  readonly commands: readonly Command<C>[];
  byId(id: string): Command<C> | undefined;
  forKey(key: string): Command<C> | undefined;
  /** Runs the command if it exists and is enabled; says whether it ran. */
  run(id: string, ctx: C): boolean;
}

export function createCommandRegistry<C>(commands: readonly Command<C>[]): CommandRegistry<C> {
  const ids = new Map(commands.map((c) => [c.id, c]));
  const keys = new Map<string, Command<C>>();
  for (const c of commands) for (const k of c.keys) if (!keys.has(k)) keys.set(k, c);
  return {
    commands,
    byId: (id) => ids.get(id),
    forKey: (key) => keys.get(key),
    run: (id, ctx) => {
      const c = ids.get(id);
      if (!c || (c.isEnabled && !c.isEnabled(ctx))) return false;
      c.run(ctx);
      return true;
    },
  };
}

/** What a chart offers the page: computed windows and keyboard focus, without the page touching its DOM. */
export interface ChartHandle {
  /** The window that shows this event as a mark of its own (computed, not applied); null if unknown. */
  revealDomain(id: string): readonly [number, number] | null;
  /** Moves keyboard focus to the event's mark, or the cluster holding it. */
  focusEvent(id: string): void;
  /** The drawn picture, for exports. */
  svg(): SVGSVGElement | null;
  /** The tone strip's bins as drawn, every interval computed; null without a strip. */
  toneBins?(): readonly ToneBin[] | null;
}

/** The context of a mode's page-wide commands. */
export interface PageCommandContext {
  readonly store: AppStore;
  /** The page's main chart, when it has one. */
  readonly chart: ChartHandle | null;
}
