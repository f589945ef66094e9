package ua.zalik.dialogs.engine;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ua.zalik.bot.sending.SentPoll;

import java.util.List;

/** Sends what a committed turn produced, one effect at a time; one that fails is logged and the rest still go. */
final class EffectDelivery {

    private static final Logger log = LoggerFactory.getLogger(EffectDelivery.class);

    private final ChatOutput output;
    private final ContextStore store;

    EffectDelivery(ChatOutput output, ContextStore store) {
        this.output = output;
        this.store = store;
    }

    void deliver(List<Effect> effects) {
        for (Effect effect : effects) {
            try {
                switch (effect) {
                    case Effect.Send send -> output.send(send.message());
                    case Effect.SendPhoto photo -> output.sendPhoto(photo.photo());
                    case Effect.SendDocument document -> output.sendDocument(document.document());
                    case Effect.SendPoll poll -> {
                        SentPoll sent = output.sendPoll(poll.poll());
                        if (sent.delivered() && sent.pollId() != null) {
                            // answers name the user, not the chat: remember which dialog asked
                            store.pollSent(sent.pollId(), new PollOrigin(poll.poll().chatId(), poll.dialog(), poll.tag()));
                        }
                    }
                    case Effect.AnswerCallback answer -> output.answerCallback(answer.callbackQueryId(), answer.text());
                    case Effect.SetMenu menu -> output.setMenu(menu.chatId(), menu.commands());
                }
            } catch (RuntimeException e) {
                log.warn("Could not deliver {}", effect, e);
            }
        }
    }
}
