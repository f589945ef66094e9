// The testing REST API's results side, as the teacher's pages read it (rest-api: AssignmentController,
// AttemptController, StatisticsController). Numbers that Java sends as BigDecimal arrive as JSON numbers.

/** Points, percent and the school's 12-point grade; while pendingGrading, ungraded essays count as 0. */
export interface Score {
  points: number;
  maxPoints: number;
  percent: number;
  grade: number;
  passed: boolean | null;
  pendingGrading: boolean;
}

/** GET /api/testing/assignments */
export interface Assignment {
  id: number;
  testId: number;
  testTitle: string;
  ownerId: number;
  classId: number | null;
  opensAt: string | null;
  dueAt: string;
  closesAt: string | null;
  studentIds: number[];
}

/** GET /api/testing/assignments/{id}/results: students × question positions. */
export interface ResultsTable {
  assignmentId: number;
  testTitle: string;
  gradingMethod: string;
  columns: { position: number; maxPoints: number }[];
  rows: ResultsRow[];
}

export interface ResultsRow {
  studentId: number;
  studentName: string;
  attempts: number;
  countedAttemptId: number | null;
  points: (number | null)[];
  total: Score | null;
  late: boolean;
}

export type QuestionType = 'SINGLE_CHOICE' | 'MULTIPLE_CHOICE' | 'TRUE_FALSE' | 'SHORT_ANSWER' | 'NUMERIC' | 'MATCHING' | 'ORDERING' | 'ESSAY';

export type AnswerResponse =
  | { kind: 'choices'; chosen: number[] }
  | { kind: 'true_false'; value: boolean }
  | { kind: 'text'; text: string }
  | { kind: 'matches'; answerForPrompt: number[] }
  | { kind: 'order'; items: number[] };

export interface SlotReview {
  slot: number;
  text: string;
  type: QuestionType;
  options: string[] | null;
  prompts: string[] | null;
  response: AnswerResponse | null;
  points: number | null;
  maxPoints: number;
  fraction: number | null;
  rightAnswers: string[] | null;
  feedback: string | null;
  generalFeedback: string | null;
  comment: string | null;
  shownAt: string | null;
  answeredAt: string | null;
  fast: boolean | null;
}

/** GET /api/testing/attempts/{id}/review */
export interface AttemptReview {
  attemptId: number;
  assignmentId: number;
  studentId: number;
  number: number;
  state: string;
  startedAt: string;
  submittedAt: string | null;
  autoSubmitted: boolean;
  score: Score | null;
  slots: SlotReview[];
}

/** GET /api/testing/grading-queue */
export interface PendingAnswer {
  attemptId: number;
  assignmentId: number;
  studentId: number;
  slot: number;
  questionId: number;
  version: number;
  questionText: string;
  graderInfo: string | null;
  response: string | null;
  maxPoints: number;
}

export type Flag = 'NEGATIVE_DISCRIMINATION' | 'VERY_HARD' | 'VERY_EASY';

export interface ItemStatistics {
  slot: number;
  attempts: number;
  maxMark: number;
  /** a fraction of the max mark: 0.6 is 60% */
  facility: number | null;
  standardDeviation: number | null;
  /** a percent, as Moodle stores it */
  discriminationIndex: number | null;
  discriminativeEfficiency: number | null;
  effectiveWeight: number | null;
  flags: Flag[];
}

/** GET /api/testing/assignments/{id}/statistics */
export interface TestAnalysis {
  assignmentId: number | null;
  testId: number;
  attempts: string;
  waitingForGrading: number;
  test: {
    attempts: number;
    maxTotal: number;
    mean: number | null;
    median: number | null;
    standardDeviation: number | null;
    internalConsistency: number | null;
  };
  questions: { position: number; name: string | null; statistics: ItemStatistics }[];
}
