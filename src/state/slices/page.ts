/** The page slice: the mode, theme, a presentation's story, another dataset's address, and notices. */
import type { StateCreator } from 'zustand/vanilla';
import type { ModeId, Theme } from '../modes';
import type { AppState } from '../store';

export interface PageState {
  readonly mode: ModeId;
  readonly theme: Theme | null;
  /** A presentation's (or exercise's) events, in order, instead of the filtered selection. */
  readonly story: readonly string[] | null;
  /** The address of a dataset other than the bundled one. */
  readonly data: string | null;
  /** Address parameters that were ignored, and why. */
  readonly notices: readonly string[];
  /**
   * A slide's second step: 'none' when the slide shows everything, 'pending' when its full sources and figure
   * notes wait in a panel the next click opens, 'open' while that panel shows.
   */
  readonly slideNotes: 'none' | 'pending' | 'open';
}

export interface PageActions {
  setMode(mode: ModeId): void;
  /** Back to the explorer at the open event, which the explorer brings into view. */
  returnToExplorer(): void;
  setTheme(theme: Theme | null): void;
  dismissNotices(): void;
  setSlideNotes(state: PageState['slideNotes']): void;
}

export const createPageActions: StateCreator<AppState, [], [], PageActions> = (set, get) => ({
  setMode: (mode) => set({ mode }),
  returnToExplorer: () => set({ mode: 'explore', revealId: get().event }),
  setTheme: (theme) => set({ theme }),
  dismissNotices: () => set({ notices: [] }),
  setSlideNotes: (slideNotes) => {
    if (get().slideNotes !== slideNotes) set({ slideNotes });
  },
});
