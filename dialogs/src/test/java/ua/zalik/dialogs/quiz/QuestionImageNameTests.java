package ua.zalik.dialogs.quiz;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A question's picture is stored as bytes only; the name Telegram gets says its format. */
class QuestionImageNameTests {

    @Test
    void theNameFollowsTheImagesSignature() {
        assertThat(QuestionScreen.imageName(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n'})).isEqualTo("question.png");
        assertThat(QuestionScreen.imageName(new byte[]{'G', 'I', 'F', '8', '9', 'a'})).isEqualTo("question.gif");
        assertThat(QuestionScreen.imageName(new byte[]{'R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'E', 'B', 'P'})).isEqualTo("question.webp");
        assertThat(QuestionScreen.imageName(new byte[]{(byte) 0xff, (byte) 0xd8, (byte) 0xff})).isEqualTo("question.jpg");
        assertThat(QuestionScreen.imageName(new byte[]{1})).as("unknown: JPEG, Telegram's usual").isEqualTo("question.jpg");
    }
}
