import { ApolloProvider } from '@apollo/client/react';
import { BrowserRouter, Route, Routes } from 'react-router';

import { createApolloClient, createSessionStore } from '../api/apollo';
import { AuthProvider } from '../auth/viewer';
import { LanguageProvider } from '../i18n/language-provider';
import { Layout } from './layout';
import { routes } from './routes';

const sessions = createSessionStore();
const client = createApolloClient(sessions);

export function App() {
  return (
    <LanguageProvider>
      <ApolloProvider client={client}>
        <AuthProvider sessions={sessions}>
          <BrowserRouter>
            <Routes>
              <Route element={<Layout />}>
                {routes.map((route) => (
                  <Route key={route.path} path={route.path} element={route.element} />
                ))}
              </Route>
            </Routes>
          </BrowserRouter>
        </AuthProvider>
      </ApolloProvider>
    </LanguageProvider>
  );
}
