import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { RequireAuth } from './auth/RequireAuth';
import { RequireRole } from './auth/RequireRole';
import { withStrings } from './i18n/withStrings';
import { FullPageLoader } from './shell/FullPageLoader';

// one chunk per route: the login page does not carry the dashboard, and each page brings its own code and the
// string namespaces it names (src/i18n/<namespace>.<lng>.ts; the shell's own strings are always there)
const LoginPage = lazy(() => import('./pages/LoginPage'));
const Shell = lazy(() => import('./shell/Shell'));
const ClassesPage = withStrings(() => import('./pages/ClassesPage'), ['classes']);
const ClassPage = withStrings(() => import('./pages/admin/ClassPage'), ['classes']);
const SchoolPage = withStrings(() => import('./pages/admin/SchoolPage'), ['admin']);
const UsersPage = withStrings(() => import('./pages/admin/UsersPage'), ['admin']);
const ImportPage = withStrings(() => import('./pages/admin/ImportPage'), ['admin', 'classes']);
const SubjectsPage = withStrings(() => import('./pages/admin/SubjectsPage'), ['admin']);
const TeachingPage = withStrings(() => import('./pages/admin/TeachingPage'), ['admin']);
const TermsPage = withStrings(() => import('./pages/admin/TermsPage'), ['admin']);
const GuardiansPage = withStrings(() => import('./pages/admin/GuardiansPage'), ['admin']);
const InvitesPage = withStrings(() => import('./pages/admin/InvitesPage'), ['admin']);
const ChildrenPage = withStrings(() => import('./pages/ChildrenPage'), ['children']);
const SandboxPage = withStrings(() => import('./sandbox/SandboxPage'), ['sandbox']);
// teacher: question bank, import/export, test builder, assignments
const BankPage = withStrings(() => import('./pages/bank/BankPage'), ['bank']);
const QuestionEditorPage = withStrings(() => import('./pages/bank/QuestionEditorPage'), ['bank']);
const ImportExportPage = withStrings(() => import('./pages/bank/ImportExportPage'), ['bank']);
const TestsPage = withStrings(() => import('./pages/builder/TestsPage'), ['builder']);
const TestBuilderPage = withStrings(() => import('./pages/builder/TestBuilderPage'), ['bank', 'builder']);
const AssignmentsPage = withStrings(() => import('./pages/assignments/AssignmentsPage'), ['builder', 'assignments']);
const AssignmentPage = withStrings(() => import('./pages/assignments/AssignmentPage'), ['bank', 'builder', 'assignments']);
// teacher results (webgrades): recharts comes only with the analysis and study time chunks
const GradebookPage = withStrings(() => import('./pages/results/GradebookPage'), ['results']);
const ReviewPage = withStrings(() => import('./pages/results/ReviewPage'), ['results']);
const GradingPage = withStrings(() => import('./pages/results/GradingPage'), ['results']);
const AnalysisPage = withStrings(() => import('./pages/results/AnalysisPage'), ['results']);
const StudyTimePage = withStrings(() => import('./pages/results/StudyTimePage'), ['results']);
const NotesPage = withStrings(() => import('./pages/notes/NotesPage'), ['notes']);

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
            <Route element={<RequireRole role="TEACHER" />}>
              <Route path="/bank" element={<BankPage />} />
              <Route path="/bank/new" element={<QuestionEditorPage />} />
              <Route path="/bank/questions/:id" element={<QuestionEditorPage />} />
              <Route path="/question-import" element={<ImportExportPage />} />
              <Route path="/tests" element={<TestsPage />} />
              <Route path="/tests/new" element={<TestBuilderPage />} />
              <Route path="/tests/:id" element={<TestBuilderPage />} />
              <Route path="/assignments" element={<AssignmentsPage />} />
              <Route path="/assignments/:id" element={<AssignmentPage />} />
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
