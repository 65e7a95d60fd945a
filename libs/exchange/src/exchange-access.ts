import { assertCan, can, Permission, type Viewer } from '#access';

import type { Visibility } from './exchange-rules.js';

/**
 * What a reader of the exchange may see. Threads are for signed-in members
 * (DESIGN.md): nobody else gets past this, whatever they ask for.
 */
export function readerVisibility(viewer: Viewer): Visibility {
  assertCan(viewer, Permission.readExchange);
  return { viewerId: viewer.id, seeHidden: can(viewer, Permission.moderateExchange) };
}
