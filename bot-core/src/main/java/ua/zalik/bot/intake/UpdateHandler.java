package ua.zalik.bot.intake;

/**
 * Where bot-core hands each deduplicated update, one chat at a time and in order within a chat
 * (the dialogs engine implements it). Throwing is logged; the update is still acknowledged.
 */
public interface UpdateHandler {

    void handle(IncomingUpdate update);
}
