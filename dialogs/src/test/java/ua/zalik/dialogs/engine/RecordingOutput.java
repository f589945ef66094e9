package ua.zalik.dialogs.engine;

import ua.zalik.bot.sending.MenuCommand;
import ua.zalik.bot.sending.OutgoingMessage;
import ua.zalik.bot.sending.SentMessage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** What the engine sent, as a chat would show it: messages by id (edits replace), and callback answers. */
final class RecordingOutput implements ChatOutput {

    record Shown(int messageId, OutgoingMessage message) {

        String html() {
            return message.html();
        }

        String token(String label) {
            return message.keyboard().rows().stream().flatMap(List::stream)
                    .filter(b -> b.text().equals(label)).findFirst().orElseThrow().callbackData();
        }
    }

    private final AtomicInteger ids = new AtomicInteger();
    private final List<Shown> sent = new ArrayList<>();
    final List<ua.zalik.bot.sending.OutgoingFile> photos = new ArrayList<>();
    final List<ua.zalik.bot.sending.OutgoingFile> documents = new ArrayList<>();
    final List<ua.zalik.bot.sending.OutgoingPoll> polls = new ArrayList<>();
    final Map<String, String> answers = new ConcurrentHashMap<>();
    final Map<Long, List<MenuCommand>> menus = new ConcurrentHashMap<>();
    final Map<String, byte[]> files = new ConcurrentHashMap<>();

    @Override
    public synchronized SentMessage send(OutgoingMessage message) {
        int id;
        if (message.editMessageId() != null) {
            // a message another instance sent is shown as edited here too
            id = message.editMessageId();
            sent.removeIf(s -> s.messageId() == message.editMessageId());
        } else {
            id = ids.incrementAndGet();
        }
        sent.add(new Shown(id, message));
        return new SentMessage(message.chatId(), id, SentMessage.Outcome.SENT);
    }

    @Override
    public synchronized SentMessage sendPhoto(ua.zalik.bot.sending.OutgoingFile photo) {
        photos.add(photo);
        return new SentMessage(photo.chatId(), null, SentMessage.Outcome.SENT); // numbered apart from messages, as before
    }

    @Override
    public synchronized SentMessage sendDocument(ua.zalik.bot.sending.OutgoingFile document) {
        documents.add(document);
        return new SentMessage(document.chatId(), null, SentMessage.Outcome.SENT);
    }

    @Override
    public synchronized ua.zalik.bot.sending.SentPoll sendPoll(ua.zalik.bot.sending.OutgoingPoll poll) {
        polls.add(poll);
        int id = ids.incrementAndGet();
        return new ua.zalik.bot.sending.SentPoll(new ua.zalik.bot.sending.SentMessage(poll.chatId(), id,
                ua.zalik.bot.sending.SentMessage.Outcome.SENT), "poll-" + id);
    }

    @Override
    public void answerCallback(String callbackQueryId, String text) {
        answers.put(callbackQueryId, text == null ? "" : text);
    }

    @Override
    public void setMenu(long chatId, List<MenuCommand> commands) {
        menus.put(chatId, List.copyOf(commands));
    }

    @Override
    public java.util.Optional<byte[]> download(String fileId) {
        return java.util.Optional.ofNullable(files.get(fileId));
    }

    synchronized Shown last() {
        return sent.getLast();
    }

    synchronized List<Shown> all() {
        return List.copyOf(sent);
    }
}
