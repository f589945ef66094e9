import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { RequireAuth } from './auth/RequireAuth';
import { FullPageLoader } from './shell/FullPageLoader';

// one chunk per route: the login page does not carry the dashboard, and later pages add their own
const LoginPage = lazy(() => import('./pages/LoginPage'));
const Shell = lazy(() => import('./shell/Shell'));
const ClassesPage = lazy(() => import('./pages/ClassesPage'));

export function AppRoutes() {
  return (
    <Suspense fallback={<FullPageLoader />}>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route element={<RequireAuth />}>
          <Route element={<Shell />}>
            <Route path="/classes" element={<ClassesPage />} />
          </Route>
        </Route>
        <Route path="*" element={<Navigate to="/classes" replace />} />
      </Routes>
    </Suspense>
  );
}
