import { createContext, type MutableRefObject, type ReactNode, useContext, useLayoutEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/** True once the visitor has moved from the page they arrived on. */
const NavigatedContext = createContext<MutableRefObject<boolean>>({ current: false });

/**
 * Remembers whether the visitor has navigated within the portal. On the page
 * they arrive on, focus stays at the top of the document (where a screen
 * reader starts and the skip link is first); after a navigation it moves to
 * the new page's heading, which is how a screen reader learns the page changed.
 */
export function NavigationTracker({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  const firstPath = useRef(pathname);
  const navigated = useRef(false);
  // A layout effect runs before the pages' effects, so a page knows on its first render after a navigation.
  useLayoutEffect(() => {
    if (pathname === firstPath.current && !navigated.current) return;
    navigated.current = true;
    window.scrollTo(0, 0);
  }, [pathname]);
  return <NavigatedContext.Provider value={navigated}>{children}</NavigatedContext.Provider>;
}

export function useNavigated(): MutableRefObject<boolean> {
  return useContext(NavigatedContext);
}
