export { CurrentViewer, requestOf, VIEWER_RESOLVED, type ViewerCarrier } from './current-viewer.decorator.js';
export { assertCan, assertSignedIn, can, Permission, PERMISSIONS } from './permissions.js';
export { Role, type SignedInViewer, type Viewer } from './viewer.js';
