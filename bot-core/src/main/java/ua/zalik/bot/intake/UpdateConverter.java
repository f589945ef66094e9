package ua.zalik.bot.intake;

import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Document;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.photo.PhotoSize;
import org.telegram.telegrambots.meta.api.objects.polls.Poll;
import org.telegram.telegrambots.meta.api.objects.polls.PollOption;

import java.util.Comparator;
import java.util.List;

/** The library's Update as our IncomingUpdate; null for kinds Zalik does not handle (edits, channel posts...). */
final class UpdateConverter {

    private UpdateConverter() {
    }

    static IncomingUpdate convert(Update update) {
        long id = update.getUpdateId();
        if (update.getMessage() != null) {
            return message(id, update.getMessage());
        }
        if (update.getCallbackQuery() != null) {
            return callback(id, update.getCallbackQuery());
        }
        if (update.getPollAnswer() != null && update.getPollAnswer().getUser() != null) {
            var answer = update.getPollAnswer();
            User user = answer.getUser();
            // answers to polls the bot sent in a private chat: that chat's id is the user's id
            return new IncomingUpdate(id, IncomingUpdate.Kind.POLL_ANSWER, user.getId(),
                    IncomingUpdate.ChatType.PRIVATE, user(user), null, null, null,
                    new IncomingUpdate.PollAnswer(answer.getPollId(), List.copyOf(answer.getOptionIds())), null, null);
        }
        return null;
    }

    private static IncomingUpdate message(long id, Message m) {
        Chat chat = m.getChat();
        IncomingUpdate.Kind kind;
        IncomingUpdate.Attachment attachment = null;
        IncomingUpdate.ForwardedPoll poll = null;
        String text = m.getText();
        if (text != null) {
            kind = text.startsWith("/") ? IncomingUpdate.Kind.COMMAND : IncomingUpdate.Kind.TEXT;
        } else if (m.getDocument() != null) {
            Document d = m.getDocument();
            kind = IncomingUpdate.Kind.DOCUMENT;
            attachment = new IncomingUpdate.Attachment(d.getFileId(), d.getFileName(), d.getMimeType(),
                    d.getFileSize(), m.getCaption());
        } else if (m.getPhoto() != null && !m.getPhoto().isEmpty()) {
            PhotoSize largest = m.getPhoto().stream()
                    .max(Comparator.comparingLong(p -> (long) p.getWidth() * p.getHeight())).orElseThrow();
            kind = IncomingUpdate.Kind.PHOTO;
            attachment = new IncomingUpdate.Attachment(largest.getFileId(), null, "image/jpeg",
                    largest.getFileSize() == null ? null : largest.getFileSize().longValue(), m.getCaption());
        } else if (m.getPoll() != null) {
            kind = IncomingUpdate.Kind.POLL;
            poll = poll(m.getPoll());
        } else {
            kind = IncomingUpdate.Kind.OTHER;
        }
        return new IncomingUpdate(id, kind, chat.getId(), chatType(chat), user(m.getFrom()), text, m.getMessageId(),
                null, null, attachment, poll);
    }

    private static IncomingUpdate callback(long id, CallbackQuery query) {
        var message = query.getMessage();
        long chatId = message != null && message.getChat() != null ? message.getChat().getId() : query.getFrom().getId();
        IncomingUpdate.ChatType type = message != null && message.getChat() != null
                ? chatType(message.getChat()) : IncomingUpdate.ChatType.PRIVATE;
        Integer messageId = message == null ? null : message.getMessageId();
        return new IncomingUpdate(id, IncomingUpdate.Kind.CALLBACK, chatId, type, user(query.getFrom()), null,
                messageId, new IncomingUpdate.Callback(query.getId(), query.getData(), messageId), null, null, null);
    }

    private static IncomingUpdate.ForwardedPoll poll(Poll p) {
        List<Integer> correct = p.getCorrectOptionIds();
        return new IncomingUpdate.ForwardedPoll(p.getQuestion(),
                p.getOptions().stream().map(PollOption::getText).toList(),
                correct == null || correct.isEmpty() ? null : correct.getFirst(), p.getExplanation(),
                "quiz".equals(p.getType()));
    }

    private static IncomingUpdate.ChatType chatType(Chat chat) {
        return switch (chat.getType()) {
            case "private" -> IncomingUpdate.ChatType.PRIVATE;
            case "channel" -> IncomingUpdate.ChatType.CHANNEL;
            default -> IncomingUpdate.ChatType.GROUP;
        };
    }

    private static IncomingUpdate.TelegramUser user(User u) {
        return u == null ? null : new IncomingUpdate.TelegramUser(u.getId(), u.getFirstName(), u.getLastName(),
                u.getUserName(), u.getLanguageCode());
    }
}
