import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { RequireAuth } from './auth/RequireAuth';
import { RequireRole } from './auth/RequireRole';
import { FullPageLoader } from './shell/FullPageLoader';

// one chunk per route: the login page does not carry the dashboard, and each page brings its own
const LoginPage = lazy(() => import('./pages/LoginPage'));
const Shell = lazy(() => import('./shell/Shell'));
const ClassesPage = lazy(() => import('./pages/ClassesPage'));
const ClassPage = lazy(() => import('./pages/admin/ClassPage'));
const SchoolPage = lazy(() => import('./pages/admin/SchoolPage'));
const UsersPage = lazy(() => import('./pages/admin/UsersPage'));
const ImportPage = lazy(() => import('./pages/admin/ImportPage'));
const SubjectsPage = lazy(() => import('./pages/admin/SubjectsPage'));
const TeachingPage = lazy(() => import('./pages/admin/TeachingPage'));
const TermsPage = lazy(() => import('./pages/admin/TermsPage'));
const GuardiansPage = lazy(() => import('./pages/admin/GuardiansPage'));
const InvitesPage = lazy(() => import('./pages/admin/InvitesPage'));
const ChildrenPage = lazy(() => import('./pages/ChildrenPage'));
const SandboxPage = lazy(() => import('./sandbox/SandboxPage'));
// teacher results (webgrades): recharts comes only with the analysis and study time chunks
const GradebookPage = lazy(() => import('./pages/results/GradebookPage'));
const ReviewPage = lazy(() => import('./pages/results/ReviewPage'));
const GradingPage = lazy(() => import('./pages/results/GradingPage'));
const AnalysisPage = lazy(() => import('./pages/results/AnalysisPage'));
const StudyTimePage = lazy(() => import('./pages/results/StudyTimePage'));
const NotesPage = lazy(() => import('./pages/notes/NotesPage'));

export function AppRoutes() {
  return (
    <Suspense fallback={<FullPageLoader />}>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route element={<RequireAuth />}>
          <Route element={<Shell />}>
            <Route path="/classes" element={<ClassesPage />} />
            <Route path="/sandbox" element={<SandboxPage />} />
            <Route element={<RequireRole role="PARENT" />}>
              <Route path="/children" element={<ChildrenPage />} />
            </Route>
            <Route element={<RequireRole role="ADMIN" />}>
              <Route path="/classes/:id" element={<ClassPage />} />
              <Route path="/school" element={<SchoolPage />} />
              <Route path="/users" element={<UsersPage />} />
              <Route path="/import" element={<ImportPage />} />
              <Route path="/subjects" element={<SubjectsPage />} />
              <Route path="/teaching" element={<TeachingPage />} />
              <Route path="/terms" element={<TermsPage />} />
              <Route path="/guardians" element={<GuardiansPage />} />
              <Route path="/invites" element={<InvitesPage />} />
            </Route>
            {/* teacher pages (question bank, tests, gradebook, item analysis) come with the testing REST API */}
            <Route element={<RequireRole role="TEACHER" />}>
              <Route path="/gradebook" element={<GradebookPage />} />
              <Route path="/review/:attemptId" element={<ReviewPage />} />
              <Route path="/grading" element={<GradingPage />} />
              <Route path="/analysis" element={<AnalysisPage />} />
              <Route path="/analysis/:assignmentId" element={<AnalysisPage />} />
              <Route path="/study-time" element={<StudyTimePage />} />
              <Route path="/notes" element={<NotesPage />} />
            </Route>
          </Route>
        </Route>
        <Route path="*" element={<Navigate to="/classes" replace />} />
      </Routes>
    </Suspense>
  );
}
