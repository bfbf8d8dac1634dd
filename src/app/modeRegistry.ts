/**
 * The app's modes, one entry each: its name, its view (the explorer on the first page; the others loaded when used,
 * and loaded again when a load failed),
 * whether its layout is made for paper (else print styles reduce the screen layout to its content), whether a
 * frame may show it, and its page-wide commands (loaded with the mode's code). An id in MODE_IDS
 * without an entry, or an entry without an id, fails to compile.
 */
import type { ComponentType } from 'react';
import { ExploreView } from '../modes/explore/ExploreView';
import { EXPLORE_COMMANDS } from '../modes/explore/exploreCommands';
import type { ModeId } from '../state/modes';
import { type CommandRegistry, createCommandRegistry, type PageCommandContext } from '../ui/commands';
import { retryableLazy } from '../ui/retryableLazy';

export interface ModeEntry {
  readonly id: ModeId;
  /** The view in words, as a message names it when it fails: "The presentation". */
  readonly label: string;
  readonly view: ComponentType;
  /** True: the layout is made for paper and prints as it is. False: print styles reduce it to its content. */
  readonly prints: boolean;
  /** May a frame show this mode? Only the embed is made for other sites' pages. */
  readonly framable: boolean;
  readonly loadCommands: () => Promise<CommandRegistry<PageCommandContext>>;
}

const none = () => Promise.resolve(createCommandRegistry<PageCommandContext>([]));

export const MODE_REGISTRY = {
  explore: {
    id: 'explore',
    label: 'The explorer',
    view: ExploreView,
    prints: false,
    framable: false,
    loadCommands: () => Promise.resolve(EXPLORE_COMMANDS),
  },
  embed: {
    id: 'embed',
    label: 'The embedded timeline',
    view: retryableLazy(
      () => import('../modes/embed/EmbedView'),
      (m) => m.EmbedView,
    ),
    prints: true,
    framable: true,
    loadCommands: none,
  },
  present: {
    id: 'present',
    label: 'The presentation',
    view: retryableLazy(
      () => import('../modes/present/PresentView'),
      (m) => m.PresentView,
    ),
    prints: false,
    framable: false,
    loadCommands: () => import('../modes/present/presentCommands').then((m) => m.PRESENT_COMMANDS),
  },
  print: {
    id: 'print',
    label: 'The handout',
    view: retryableLazy(
      () => import('../modes/print/PrintView'),
      (m) => m.PrintView,
    ),
    prints: true,
    framable: false,
    loadCommands: none,
  },
  // Exercises may be framed, so a course page can hold one; the order's layout on paper is its cut-out cards.
  order: {
    id: 'order',
    label: 'The ordering exercise',
    view: retryableLazy(
      () => import('../modes/order/OrderView'),
      (m) => m.OrderView,
    ),
    prints: true,
    framable: true,
    loadCommands: none,
  },
  quiz: {
    id: 'quiz',
    label: 'The quiz',
    view: retryableLazy(
      () => import('../modes/quiz/QuizView'),
      (m) => m.QuizView,
    ),
    prints: false,
    framable: true,
    loadCommands: none,
  },
  // The curator's workbench: an article's text → candidate events (the extraction engine loads with it).
  extract: {
    id: 'extract',
    label: 'The article workbench',
    view: retryableLazy(
      () => import('../modes/extract/ExtractView'),
      (m) => m.ExtractView,
    ),
    prints: false,
    framable: false,
    loadCommands: none,
  },
} as const satisfies { readonly [K in ModeId]: ModeEntry & { readonly id: K } };
