/** The explorer's page-wide keys (the chart's own keys are in src/ui/chart/timelineCommands.ts). */
import { type Command, createCommandRegistry, type PageCommandContext } from '../../ui/commands';

const COMMANDS: readonly Command<PageCommandContext>[] = [
  {
    id: 'close',
    label: 'Close the event',
    keys: ['Escape'],
    isEnabled: ({ store }) => store.getState().event !== null,
    run: ({ store, chart }) => {
      const id = store.getState().event;
      store.getState().select(null);
      // Keyboard users continue where they were: on the event's mark.
      if (id) chart?.focusEvent(id);
    },
  },
];

export const EXPLORE_COMMANDS = createCommandRegistry(COMMANDS);
