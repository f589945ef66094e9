package ua.zalik.testing.exchange;

import org.junit.jupiter.api.Test;
import ua.zalik.kernel.InvalidInputException;
import ua.zalik.testing.QuestionBody;
import ua.zalik.testing.QuestionBody.AcceptedAnswer;
import ua.zalik.testing.QuestionBody.Choice;
import ua.zalik.testing.QuestionBody.NumericAnswer;
import ua.zalik.testing.QuestionBody.Pair;
import ua.zalik.testing.QuestionDraft;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GiftFormatTests {

    private static QuestionDraft only(String gift) {
        List<ImportedQuestion> questions = GiftFormat.read(gift);
        assertThat(questions).hasSize(1);
        return questions.getFirst().draft();
    }

    @Test
    void giftOneRightAnswerBecomesSingleChoice() {
        QuestionDraft draft = only("Who's buried in Grant's tomb?{~Grant =no one ~Napoleon}");

        assertThat(draft.text()).isEqualTo("Who's buried in Grant's tomb?");
        assertThat(draft.name()).isEqualTo("Who's buried in Grant's tomb?");
        assertThat(draft.points()).isEqualTo(BigDecimal.ONE);
        assertThat(draft.body()).isEqualTo(new QuestionBody.SingleChoice(Arrays.asList(
                new Choice("Grant", 0, null), new Choice("no one", 1, null), new Choice("Napoleon", 0, null))));
    }

    @Test
    void giftFalseStatementBecomesTrueFalse() {
        QuestionDraft draft = only("Grant is buried in Grant's tomb.{F}");

        assertThat(draft.text()).isEqualTo("Grant is buried in Grant's tomb.");
        assertThat(draft.body()).isEqualTo(new QuestionBody.TrueFalse(false, null, null));
    }

    @Test
    void giftTrueFalseFeedbackComesWrongFirstThenRight() {
        QuestionDraft draft = only("The sun rises in the East.{T#Wrong, it does.#Right!}");

        assertThat(draft.body()).isEqualTo(new QuestionBody.TrueFalse(true, "Right!", "Wrong, it does."));
        assertThat(only("Two is odd.{FALSE#No, it is even.#Yes.}").body())
                .isEqualTo(new QuestionBody.TrueFalse(false, "No, it is even.", "Yes."));
    }

    @Test
    void giftAllEqualsAnswersBecomeShortAnswer() {
        QuestionDraft draft = only("Two plus two equals {=four =4}");

        assertThat(draft.text()).isEqualTo("Two plus two equals");
        assertThat(draft.body()).isEqualTo(new QuestionBody.ShortAnswer(Arrays.asList(
                new AcceptedAnswer("four", 1, null), new AcceptedAnswer("4", 1, null)), false));
    }

    @Test
    void giftShortAnswerTakesPartialCreditAndFeedback() {
        QuestionDraft draft = only("Name a prime number below 4.{=3#Yes =%50%2#The even one =%0%1#One is not prime}");

        assertThat(draft.body()).isEqualTo(new QuestionBody.ShortAnswer(Arrays.asList(
                new AcceptedAnswer("3", 1, "Yes"), new AcceptedAnswer("2", 0.5, "The even one"),
                new AcceptedAnswer("1", 0, "One is not prime")), false));
    }

    @Test
    void giftArrowsBecomeMatchingWithDistractors() {
        QuestionDraft draft = only("Which animal eats which food? { =cat -> cat food =dog -> dog food = -> bird seed }");

        assertThat(draft.text()).isEqualTo("Which animal eats which food?");
        assertThat(draft.body()).isEqualTo(new QuestionBody.Matching(
                Arrays.asList(new Pair("cat", "cat food"), new Pair("dog", "dog food")), Arrays.asList("bird seed")));
    }

    @Test
    void giftNumberWithMarginBecomesNumeric() {
        QuestionDraft draft = only("When was Ulysses S. Grant born?{#1822:5}");

        assertThat(draft.body()).isEqualTo(new QuestionBody.Numeric(Arrays.asList(
                new NumericAnswer(new BigDecimal("1822"), new BigDecimal("5"), 1, null))));
    }

    @Test
    void giftNumericRangeBecomesMidpointAndHalfWidth() {
        QuestionDraft draft = only("What is the value of pi (to 3 decimal places)? {#3.141..3.142}.");

        NumericAnswer answer = ((QuestionBody.Numeric) draft.body()).answers().getFirst();
        assertThat(answer.value()).isEqualByComparingTo("3.1415");
        assertThat(answer.tolerance()).isEqualByComparingTo("0.0005");
        assertThat(draft.text()).isEqualTo("What is the value of pi (to 3 decimal places)? _____.");
    }

    @Test
    void giftSeveralNumericAnswersKeepTheirWeightsAndFeedback() {
        QuestionDraft draft = only("""
                When was Ulysses S. Grant born? {#
                    =1822:0      # Correct! 100% credit
                    =%50%1822:2  # He was born in 1822. Half credit for being close.
                }""");

        assertThat(draft.body()).isEqualTo(new QuestionBody.Numeric(Arrays.asList(
                new NumericAnswer(new BigDecimal("1822"), new BigDecimal("0"), 1, "Correct! 100% credit"),
                new NumericAnswer(new BigDecimal("1822"), new BigDecimal("2"), 0.5,
                        "He was born in 1822. Half credit for being close."))));
        assertThat(only("Pick a number near 1.5 {# =1.5:0.1 =%50%2:0.5}").body()).isEqualTo(new QuestionBody.Numeric(Arrays.asList(
                new NumericAnswer(new BigDecimal("1.5"), new BigDecimal("0.1"), 1, null),
                new NumericAnswer(new BigDecimal("2"), new BigDecimal("0.5"), 0.5, null))));
    }

    @Test
    void giftWeightedAnswersBecomeMultipleChoice() {
        QuestionDraft draft = only("What two people are entombed in Grant's tomb? "
                + "{~%-100%No one ~%50%Grant ~%50%Grant's wife ~%-100%Grant's father}");

        assertThat(draft.body()).isEqualTo(new QuestionBody.MultipleChoice(Arrays.asList(
                new Choice("No one", -1, null), new Choice("Grant", 0.5, null),
                new Choice("Grant's wife", 0.5, null), new Choice("Grant's father", -1, null))));
    }

    @Test
    void giftEmptyBracesBecomeEssay() {
        QuestionDraft draft = only("Write a short biography of Dag Hammarskjöld. {}");

        assertThat(draft.body()).isEqualTo(new QuestionBody.Essay(null));
        assertThat(draft.text()).isEqualTo("Write a short biography of Dag Hammarskjöld.");
    }

    @Test
    void giftAnswersInsideTheTextLeaveABlank() {
        QuestionDraft draft = only("Moodle costs {~lots of money =nothing ~a small amount} to download from moodle.org.");

        assertThat(draft.text()).isEqualTo("Moodle costs _____ to download from moodle.org.");
        assertThat(draft.type()).isEqualTo(ua.zalik.testing.QuestionType.SINGLE_CHOICE);
    }

    @Test
    void giftTitleFeedbackAndGeneralFeedbackAreKept() {
        QuestionDraft draft = only("""
                ::Grant's tomb::What's between orange and green in the spectrum?
                { =yellow # right; good! ~red # wrong, it's yellow ~blue # wrong, it's yellow
                ####The spectrum runs red, orange, yellow, green.}""");

        assertThat(draft.name()).isEqualTo("Grant's tomb");
        assertThat(draft.text()).isEqualTo("What's between orange and green in the spectrum?");
        assertThat(draft.generalFeedback()).isEqualTo("The spectrum runs red, orange, yellow, green.");
        assertThat(draft.body()).isEqualTo(new QuestionBody.SingleChoice(Arrays.asList(
                new Choice("yellow", 1, "right; good!"), new Choice("red", 0, "wrong, it's yellow"),
                new Choice("blue", 0, "wrong, it's yellow"))));
    }

    @Test
    void giftEscapedCharactersAreLiteral() {
        QuestionDraft draft = only("::Escapes \\: ok::Which is the set notation \\{a\\} \\= a\\? {=\\{1\\} \\~ one ~1 \\# two\\nlines}");

        assertThat(draft.name()).isEqualTo("Escapes : ok");
        assertThat(draft.text()).isEqualTo("Which is the set notation {a} = a\\?");
        assertThat(draft.body()).isEqualTo(new QuestionBody.SingleChoice(Arrays.asList(
                new Choice("{1} ~ one", 1, null), new Choice("1 # two\nlines", 0, null))));
    }

    @Test
    void giftCommentsCategoriesAndTagsAreRead() {
        List<ImportedQuestion> questions = GiftFormat.read("""
                // a comment line is ignored
                $CATEGORY: $course$/top/Geography/Rivers

                // [tag:rivers] [tag:ukraine]
                ::Q1:: The Dnipro flows into the Black Sea.{T}

                $CATEGORY: History
                ::Q2:: Kyiv was founded in the 5th century.{TRUE}
                """);

        assertThat(questions).hasSize(2);
        assertThat(questions.get(0).category()).containsExactly("Geography", "Rivers");
        assertThat(questions.get(0).draft().tags()).containsExactly("rivers", "ukraine");
        assertThat(questions.get(0).line()).isEqualTo(5);
        assertThat(questions.get(1).category()).containsExactly("History");
        assertThat(questions.get(1).line()).isEqualTo(8);
    }

    @Test
    void giftHtmlMarkerIsReducedToPlainText() {
        QuestionDraft draft = only("[html]<p>What is <b>H<sub>2</sub>O</b>?</p><p>Pick one &amp; only one.</p>"
                + "{=[html]<i>water</i>#<b>yes</b> ~[plain]a <salt>}");

        assertThat(draft.text()).isEqualTo("What is H2O?\nPick one & only one.");
        assertThat(draft.body()).isEqualTo(new QuestionBody.SingleChoice(Arrays.asList(
                new Choice("water", 1, "yes"), new Choice("a <salt>", 0, null))));
        assertThat(only("[markdown]**Bold** claim {T}").text()).isEqualTo("**Bold** claim");
    }

    @Test
    void giftAsMoodleExportsItImports() {
        List<ImportedQuestion> questions = GiftFormat.read("""
                // question: 0  name: Switch category to $course$/top/Default for 7-A/Maths
                $CATEGORY: $course$/top/Default for 7-A/Maths


                // question: 31  name: Capital
                // [id:cap-1] [tag:geo]
                ::Capital::[html]<p dir\\="ltr">What is the capital of <b>Ukraine</b>?</p>{
                \t=<p>Kyiv</p>#<p>Yes</p>
                \t~%-50%<p>Lviv</p>#
                \t~Odesa
                \t####<p>Kyiv since 882.</p>
                }

                // question: 32  name: Year
                ::Year::[moodle]When was Kyiv first mentioned?{#
                \t=%100%482\\:0#
                \t=%50%482\\:20#Close
                }
                """);

        assertThat(questions).hasSize(2);
        QuestionDraft capital = questions.getFirst().draft();
        assertThat(questions.getFirst().category()).containsExactly("Default for 7-A", "Maths");
        assertThat(capital.name()).isEqualTo("Capital");
        assertThat(capital.text()).isEqualTo("What is the capital of Ukraine?");
        assertThat(capital.tags()).containsExactly("geo");
        assertThat(capital.generalFeedback()).isEqualTo("Kyiv since 882.");
        assertThat(capital.body()).isEqualTo(new QuestionBody.SingleChoice(Arrays.asList(
                new Choice("Kyiv", 1, "Yes"), new Choice("Lviv", -0.5, null), new Choice("Odesa", 0, null))));
        assertThat(questions.get(1).draft().body()).isEqualTo(new QuestionBody.Numeric(Arrays.asList(
                new NumericAnswer(new BigDecimal("482"), new BigDecimal("0"), 1, null),
                new NumericAnswer(new BigDecimal("482"), new BigDecimal("20"), 0.5, "Close"))));
    }

    @Test
    void giftErrorsNameEveryLineAndImportNothing() {
        String gift = """
                ::ok:: Fine question {T}

                ::bad number:: Pick {#abc}

                ::no answers:: Just text

                ::unclosed:: Open {=a ~b

                ::comma:: Pi {#3,14}
                """;

        assertThatThrownBy(() -> GiftFormat.read(gift))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("4 problems")
                .hasMessageContaining("line 3: a numeric answer needs a number, got 'abc'")
                .hasMessageContaining("line 5: a question needs its answers in { }")
                .hasMessageContaining("line 7: the answers opened with { are not closed with }")
                .hasMessageContaining("line 9: a numeric answer needs a number, got '3,14' (write the decimal point as '.')");
    }

    @Test
    void giftModelRulesAreReportedWithTheLine() {
        assertThatThrownBy(() -> GiftFormat.read("\n\nOnly one option {~%100%a}\n"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("line 3: a multiple-choice question needs two options");
        assertThatThrownBy(() -> GiftFormat.read("No credit anywhere {~%0%a ~%-50%b}"))
                .hasMessageContaining("line 1: a multiple-choice question needs an option worth credit");
        assertThatThrownBy(() -> GiftFormat.read("Too much {~%150%a ~b}"))
                .hasMessageContaining("line 1: a weight must lie between -100% and 100%, got %150%");
        assertThatThrownBy(() -> GiftFormat.read("Two blocks {=a ~b} and {=c ~d}"))
                .hasMessageContaining("line 1: only one answer block per question");
        assertThatThrownBy(() -> GiftFormat.read("Match {=a -> 1 =b}"))
                .hasMessageContaining("a matching pair is written '=prompt -> answer', got '=b'");
        assertThatThrownBy(() -> GiftFormat.read("// only a comment\n"))
                .hasMessage("the GIFT file holds no questions");
    }

    @Test
    void giftErrorsStopAtTwentyButCountAll() {
        String gift = "Bad {#x}\n\n".repeat(25);

        assertThatThrownBy(() -> GiftFormat.read(gift))
                .hasMessageContaining("25 problems (the first 20 shown)")
                .hasMessageContaining("line 39:")
                .satisfies(e -> assertThat(e.getMessage().lines().count()).isEqualTo(21));
    }

    @Test
    void giftExportReadsBackToTheSameQuestions() {
        List<ExportedQuestion> exported = ExchangeSamples.everyType().stream()
                .filter(question -> question.draft().type() != ua.zalik.testing.QuestionType.ORDERING)
                .toList();

        String gift = GiftFormat.write(exported);
        List<ImportedQuestion> imported = GiftFormat.read(gift);

        assertThat(imported).extracting(ImportedQuestion::draft)
                .containsExactlyElementsOf(exported.stream().map(ExportedQuestion::draft).toList());
        assertThat(imported).extracting(ImportedQuestion::category)
                .containsExactlyElementsOf(exported.stream().map(ExportedQuestion::category).toList());
    }

    @Test
    void giftExportSkipsOrderingWithAComment() {
        QuestionDraft ordering = new QuestionDraft("Rivers by length", "Order the rivers",
                new QuestionBody.Ordering(Arrays.asList("Dnipro", "Dniester")), null, null, null);

        assertThat(GiftFormat.write(Arrays.asList(new ExportedQuestion(ordering))))
                .isEqualTo("// skipped \"Rivers by length\": GIFT has no ordering questions\n\n");
    }

    @Test
    void giftArrowOutsideTheFirstAnswerKeepsAShortAnswer() {
        QuestionDraft draft = only("Which arrow means 'implies'?{=> =-> #written -> in ASCII}");

        assertThat(draft.body()).isEqualTo(new QuestionBody.ShortAnswer(Arrays.asList(
                new AcceptedAnswer(">", 1, null), new AcceptedAnswer("->", 1, "written -> in ASCII")), false));
    }

    @Test
    void giftExportSkipsWhatGiftCannotHoldWithAComment() {
        QuestionDraft arrowAnswer = new QuestionDraft("Arrow", "Type the arrow", new QuestionBody.ShortAnswer(
                Arrays.asList(new AcceptedAnswer("->", 1, null)), false), null, null, null);
        QuestionDraft arrowPrompt = new QuestionDraft("Pairs", "Match", new QuestionBody.Matching(
                Arrays.asList(new Pair("a -> b", "1"), new Pair("c", "2")), null), null, null, null);

        assertThat(GiftFormat.write(Arrays.asList(new ExportedQuestion(arrowAnswer), new ExportedQuestion(arrowPrompt))))
                .isEqualTo("// skipped \"Arrow\": GIFT would read a first accepted answer with -> as a matching pair\n\n"
                        + "// skipped \"Pairs\": GIFT cannot hold -> inside a matching prompt\n\n");
    }

    @Test
    void giftExportKeepsASingleChoiceWhoseOptionsAreAllRight() {
        QuestionDraft draft = new QuestionDraft("Both", "Either is right", new QuestionBody.SingleChoice(Arrays.asList(
                new Choice("yes", 1, null), new Choice("sure", 1, null))), null, null, null);

        String gift = GiftFormat.write(Arrays.asList(new ExportedQuestion(draft)));

        assertThat(gift).contains("\t=yes\n\t~%100%sure\n");
        assertThat(GiftFormat.read(gift).getFirst().draft()).isEqualTo(draft);
    }

    @Test
    void giftExportWritesMoodleSyntax() {
        QuestionDraft draft = new QuestionDraft("Tomb", "Who's buried in Grant's tomb?", new QuestionBody.SingleChoice(Arrays.asList(
                new Choice("Grant", 0, "No"), new Choice("no one", 1, null), new Choice("Napoleon", 0.25, null))),
                "See history", null, Arrays.asList("history"));

        assertThat(GiftFormat.write(Arrays.asList(new ExportedQuestion(draft)))).isEqualTo("""
                // [tag:history]
                ::Tomb::Who's buried in Grant's tomb? {
                \t~Grant#No
                \t=no one
                \t~%25%Napoleon
                ####See history}

                """);
    }

    @Test
    void giftLargeFileImports() {
        StringBuilder gift = new StringBuilder();
        int count = 0;
        while (gift.length() < 2_000_000) {
            gift.append("::Q").append(count).append("::What is ").append(count).append(" + 1?{=")
                    .append(count + 1).append(" ~").append(count).append(" ~").append(count + 2).append("}\n\n");
            count++;
        }

        List<ImportedQuestion> questions = GiftFormat.read(gift.toString());

        assertThat(questions).hasSize(count);
        assertThat(questions.getLast().draft().name()).isEqualTo("Q" + (count - 1));
    }
}
