import type { Shape } from './shape';
import type uk from './children.uk';

// English strings of a parent’s children page.
// The same keys as children.uk.ts (the type says so).
const messages: Shape<typeof uk> = {
  children: {
    title: 'My children',
    loading: 'Loading your children…',
    loadFailed: 'Could not load your children',
    emptyTitle: 'No children linked to your account yet',
    emptyHint: 'Ask your school admin to link you to your child, or open a parent invite in Telegram.',
    classes: 'Classes',
    noClass: 'Not enrolled in a class yet',
    classesFailed: 'Could not load the classes',
    results: 'Recent results',
    noResults: 'No finished tests yet. Results appear here after your child submits a test.',
    grade: 'Grade {{grade}} of 12',
    points: '{{points}} of {{max}} points · {{percent}}%',
    awaitsGrading: 'Awaits grading by the teacher',
    hidden: 'Submitted; the result is not open to parents yet',
    scoreNotShown: 'Checked; this test does not show its score',
    upcoming: 'Upcoming deadlines',
    noUpcoming: 'Nothing due right now.',
    missed: 'Missed deadlines',
    due: 'due {{date}}',
    timeZone: 'Times are in the school’s time zone ({{tz}}).',
    loadingReport: 'Loading results and deadlines…',
    reportFailed: 'Could not load results and deadlines',
    studyTime: 'Study time this week',
    loadingStudy: 'Loading study time…',
    studyFailed: 'Could not load the study time',
    noStudy: 'No study time logged this week. Your child logs it in the Telegram bot with /timer or /spent.',
    weekTotal: 'Total: {{time}}',
    noSubject: 'No subject',
    hoursMinutes: '{{h}} h {{m}} min',
    minutes: '{{m}} min',
  },
};

export default messages;
