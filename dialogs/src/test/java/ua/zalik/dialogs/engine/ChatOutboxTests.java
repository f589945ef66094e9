package ua.zalik.dialogs.engine;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ua.zalik.bot.fakeapi.FakeMessage;
import ua.zalik.dialogs.ChatTestSupport;
import ua.zalik.dialogs.TurnStatements;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A turn's replies are kept with its context and forgotten once sent: a committed turn whose instance died before
 * sending is answered by a sweep once the lease has passed, once, in the chat's order; a delivered one never again.
 */
class ChatOutboxTests extends ChatTestSupport {

    @Autowired DyingInstance dying;
    @Autowired OutboxSweep sweep;
    @Autowired MeterRegistry meters;

    @Test
    void aDeliveredTurnLeavesNothingBehindAndIsNeverSentAgain() {
        long chat = newChat();

        FakeMessage picker = reply(chat, "/lang");

        assertThat(picker.callbackOf("English")).isNotBlank();
        assertThat(TurnStatements.last(chat)).as("kept in the turn's transaction").contains("ChatOutboxMapper.keep");
        await(() -> dying.kept(chat).isEmpty());
        sweep.sweep();
        reply(chat, "/help");
        // in chat order a second /lang picker would have come before the /help answer
        assertThat(FAKE.messagesTo(chat)).hasSize(2);
    }

    @Test
    void repliesOfAnInstanceThatDiedAfterItsCommitAreSentOnceTheLeasePassedInOrderAndOnce() {
        long chat = newChat();
        double resent = counted("resent");
        dying.sends(chat, "uk", "/lang");
        dying.sends(chat, "uk", "/help");
        assertThat(dying.kept(chat)).hasSize(2);

        sweep.sweep();
        assertThat(dying.kept(chat)).as("still leased to the instance that kept them, untouched")
                .allMatch(row -> row.endsWith(" 0")).hasSize(2);
        dying.backdate(chat);
        sweep.sweep();

        List<FakeMessage> shown = FAKE.awaitMessages(chat, 2, WAIT);
        assertThat(shown.getFirst().callbackOf("English")).isNotBlank();
        assertThat(shown.get(1).text()).isEqualTo(helpText());
        await(() -> dying.kept(chat).isEmpty());
        assertThat(counted("resent") - resent).isGreaterThanOrEqualTo(2);
        dying.backdate(chat);
        sweep.sweep();
        reply(chat, "/help");
        assertThat(FAKE.messagesTo(chat)).hasSize(3);
        // the re-sent picker is live: its button reaches the conversation the dead instance left
        press(chat, shown.getFirst(), "English");
        assertThat(edited(chat, shown.getFirst().messageId(), 1).text()).isNotEqualTo(shown.getFirst().text());
    }

    @Test
    void twoInstancesSweepingAtOnceSendEachKeptReplyOnce() throws Exception {
        List<Long> chats = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            long chat = newChat();
            dying.sends(chat, "uk", "/lang");
            dying.sends(chat, "uk", "/help");
            dying.backdate(chat);
            chats.add(chat);
        }

        CyclicBarrier start = new CyclicBarrier(2);
        try (var instances = Executors.newFixedThreadPool(2)) {
            List<CompletableFuture<Integer>> sweeps = List.of(
                    CompletableFuture.supplyAsync(() -> sweepAfter(start), instances),
                    CompletableFuture.supplyAsync(() -> sweepAfter(start), instances));
            CompletableFuture.allOf(sweeps.toArray(CompletableFuture[]::new)).join();
            // the scheduled sweep may have taken some too; together they sent each row once
            assertThat(sweeps.stream().mapToInt(CompletableFuture::join).sum()).isLessThanOrEqualTo(12);
        }

        String help = helpText();
        for (long chat : chats) {
            await(() -> dying.kept(chat).isEmpty());
            reply(chat, "/help");
            List<FakeMessage> shown = FAKE.messagesTo(chat);
            assertThat(shown).as("chat %d", chat).hasSize(3);
            assertThat(shown.getFirst().callbackOf("English")).isNotBlank();
            assertThat(shown.get(1).text()).isEqualTo(help);
        }
    }

    @Test
    void aReplyToAChatThatBlockedTheBotIsDroppedNotTriedForever() {
        long chat = newChat();
        double dropped = counted("dropped");
        dying.sends(chat, "uk", "/lang");
        FAKE.blockedBy(chat);
        try {
            dying.backdate(chat);
            sweep.sweep();
            await(() -> dying.kept(chat).isEmpty());
        } finally {
            FAKE.unblock(chat);
        }
        assertThat(counted("dropped") - dropped).isGreaterThanOrEqualTo(1);
        reply(chat, "/help");
        assertThat(FAKE.messagesTo(chat)).hasSize(1);
    }

    @Test
    void aReplyTelegramKeepsRefusingIsTriedThreeTimesThenDropped() {
        long chat = newChat();
        dying.sends(chat, "uk", "/help");
        FAKE.failNext(chat, 3, 400);

        for (int tries = 1; tries <= 3; tries++) {
            int made = tries;
            dying.backdate(chat);
            sweep.sweep();
            await(() -> failedSends(chat) == made);
        }
        await(() -> dying.kept(chat).isEmpty());

        reply(chat, "/help");
        assertThat(FAKE.messagesTo(chat)).hasSize(1);
        assertThat(failedSends(chat)).isEqualTo(3);
    }

    private double counted(String outcome) {
        return meters.counter("zalik.dialogs.outbox", "outcome", outcome).count();
    }

    private static long failedSends(long chat) {
        return FAKE.calls("sendMessage").stream().filter(c -> Long.valueOf(chat).equals(c.chatId()) && c.status() == 400)
                .count();
    }

    private int sweepAfter(CyclicBarrier start) {
        try {
            start.await();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        return sweep.sweep();
    }

    private static String helpText() {
        return reply(newChat(), "/help").text();
    }
}
