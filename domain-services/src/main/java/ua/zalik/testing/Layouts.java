package ua.zalik.testing;

import org.springframework.stereotype.Component;
import ua.zalik.kernel.ConflictException;
import ua.zalik.kernel.InvalidInputException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

/** Freezes an attempt's layout and translates between what a student sees (shown positions) and what is stored. */
@Component
class Layouts {

    private final QuestionMapper questions;

    Layouts(QuestionMapper questions) {
        this.questions = questions;
    }

    /** Seeded per assignment, student and attempt number: neighbours get different orders, a retry a new one. */
    Layout freeze(List<Slot> slots, TestSettings settings, long assignmentId, long studentId, int number, TestingJson json) {
        Random random = new Random(31L * (31L * assignmentId + studentId) + number ^ 0x5DEECE66DL);
        Set<Long> fixed = new HashSet<>();
        slots.stream().filter(s -> s.questionId() != null).forEach(s -> fixed.add(s.questionId()));
        Set<Long> picked = new HashSet<>(fixed);
        // the fixed questions in one read; a category's picks are read as they are drawn (the draws keep their order)
        Map<Long, StoredQuestion> known = new HashMap<>();
        if (!fixed.isEmpty()) {
            questions.findQuestions(List.copyOf(fixed)).forEach(q -> known.put(q.id(), q));
        }
        List<Layout.Entry> entries = new ArrayList<>();
        int position = 0;
        for (Slot slot : slots) {
            List<Long> ids;
            if (slot.questionId() != null) {
                ids = List.of(slot.questionId());
            } else {
                List<Long> pool = new ArrayList<>(questions.questionIdsIn(slot.categoryId()));
                pool.removeAll(picked);
                if (pool.size() < slot.count()) {
                    throw new ConflictException("the test asks for " + slot.count() + " questions from a category that has "
                            + pool.size() + " more; the teacher needs to add questions");
                }
                Collections.shuffle(pool, random);
                ids = pool.subList(0, slot.count());
                picked.addAll(ids);
            }
            for (StoredQuestion q : inOrder(ids, known)) {
                QuestionBody body = json.read(q.body(), QuestionBody.class);
                BigDecimal points = slot.points() != null ? slot.points() : q.points();
                entries.add(new Layout.Entry(position++, q.id(), q.version(), points, order(body, settings.shuffleOptions(), random)));
            }
        }
        if (settings.shuffleQuestions()) {
            Collections.shuffle(entries, random);
        }
        return new Layout(entries, settings.navigation() == Navigation.SEQUENTIAL);
    }

    private List<StoredQuestion> inOrder(List<Long> ids, Map<Long, StoredQuestion> known) {
        List<Long> missing = ids.stream().filter(id -> !known.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            questions.findQuestions(missing).forEach(q -> known.put(q.id(), q));
        }
        return ids.stream().map(id -> Optional.ofNullable(known.get(id))
                .orElseThrow(() -> new ConflictException("question " + id + " of the test is gone"))).toList();
    }

    // matching answers and ordering items are always shuffled: in stored order they would give the answer away
    private static List<Integer> order(QuestionBody body, boolean shuffleOptions, Random random) {
        return switch (body) {
            case QuestionBody.SingleChoice q -> shuffled(q.options().size(), shuffleOptions, random);
            case QuestionBody.MultipleChoice q -> shuffled(q.options().size(), shuffleOptions, random);
            case QuestionBody.Matching q -> shuffled(Grader.answersOf(q).size(), true, random);
            case QuestionBody.Ordering q -> {
                List<Integer> order = shuffled(q.items().size(), true, random);
                for (int tries = 0; tries < 10 && order.equals(identity(order.size())); tries++) {
                    order = shuffled(q.items().size(), true, random);
                }
                yield order;
            }
            default -> List.of();
        };
    }

    private static List<Integer> shuffled(int size, boolean shuffle, Random random) {
        List<Integer> order = new ArrayList<>(identity(size));
        if (shuffle) {
            Collections.shuffle(order, random);
        }
        return List.copyOf(order);
    }

    private static List<Integer> identity(int size) {
        return IntStream.range(0, size).boxed().toList();
    }

    /** What the student sees of one frozen question. */
    static QuestionView view(int slot, Layout.Entry entry, StoredQuestion content, QuestionBody body, Response stored) {
        List<String> options = switch (body) {
            case QuestionBody.SingleChoice q -> shown(entry, q.options().stream().map(QuestionBody.Choice::text).toList());
            case QuestionBody.MultipleChoice q -> shown(entry, q.options().stream().map(QuestionBody.Choice::text).toList());
            case QuestionBody.Matching q -> shown(entry, Grader.answersOf(q));
            case QuestionBody.Ordering q -> shown(entry, q.items());
            default -> List.of();
        };
        List<String> prompts = body instanceof QuestionBody.Matching m ? m.pairs().stream().map(QuestionBody.Pair::prompt).toList()
                : List.of();
        return new QuestionView(slot, content.text(), body.type(), entry.points(), options, prompts, content.imageKey() != null,
                stored == null ? null : toShown(entry, stored));
    }

    private static List<String> shown(Layout.Entry entry, List<String> stored) {
        return entry.order().stream().map(stored::get).toList();
    }

    /** A response in shown positions to stored indexes; checks that it fits the question's type. */
    static Response toStored(Layout.Entry entry, QuestionBody body, Response shown) {
        boolean fits = switch (body) {
            case QuestionBody.SingleChoice q -> shown instanceof Response.Choices c && c.chosen().size() <= 1;
            case QuestionBody.MultipleChoice q -> shown instanceof Response.Choices;
            case QuestionBody.TrueFalse q -> shown instanceof Response.TrueFalse;
            case QuestionBody.ShortAnswer q -> shown instanceof Response.Text;
            case QuestionBody.Numeric q -> shown instanceof Response.Text;
            case QuestionBody.Essay q -> shown instanceof Response.Text;
            case QuestionBody.Matching q -> shown instanceof Response.Matches m && m.answerForPrompt().size() == q.pairs().size();
            case QuestionBody.Ordering q -> shown instanceof Response.Order o && o.items().size() == q.items().size();
        };
        if (!fits) {
            throw new InvalidInputException("this answer does not fit a " + body.type().name().toLowerCase().replace('_', ' ')
                    + " question");
        }
        if (shown instanceof Response.Text text && text.text() != null && text.text().length() > 20_000) {
            throw new InvalidInputException("an answer may be at most 20000 characters");
        }
        return switch (shown) {
            case Response.Choices c -> new Response.Choices(c.chosen().stream().distinct().map(i -> stored(entry, i)).sorted().toList());
            case Response.Matches m -> new Response.Matches(m.answerForPrompt().stream()
                    .map(i -> i == null || i < 0 ? -1 : stored(entry, i)).toList());
            case Response.Order o -> new Response.Order(o.items().stream().map(i -> stored(entry, i)).toList());
            default -> shown;
        };
    }

    static Response toShown(Layout.Entry entry, Response stored) {
        return switch (stored) {
            case Response.Choices c -> new Response.Choices(c.chosen().stream().map(i -> entry.order().indexOf(i)).sorted().toList());
            case Response.Matches m -> new Response.Matches(m.answerForPrompt().stream()
                    .map(i -> i < 0 ? -1 : entry.order().indexOf(i)).toList());
            case Response.Order o -> new Response.Order(o.items().stream().map(i -> entry.order().indexOf(i)).toList());
            default -> stored;
        };
    }

    private static int stored(Layout.Entry entry, Integer shown) {
        if (shown == null || shown < 0 || shown >= entry.order().size()) {
            throw new InvalidInputException("there is no option " + shown);
        }
        return entry.order().get(shown);
    }
}
