package ua.zalik.dialogs.notes;

import org.springframework.stereotype.Component;
import ua.zalik.bot.intake.IncomingUpdate;
import ua.zalik.dialogs.engine.Audience;
import ua.zalik.dialogs.engine.DeclaredDialog;
import ua.zalik.dialogs.engine.Screen;
import ua.zalik.dialogs.engine.Transition;
import ua.zalik.dialogs.engine.Turn;
import ua.zalik.dialogs.engine.Window;
import ua.zalik.kernel.Role;
import ua.zalik.notes.NewNote;
import ua.zalik.notes.Note;
import ua.zalik.notes.NotesService;
import ua.zalik.notes.TelegramFile;

import java.util.Set;

/**
 * A text, photo or document sent while no conversation is open: "Save as a note?". Yes keeps it as a private note
 * (a photo or document as its Telegram file id, the caption as the text); another text sent instead replaces the offer.
 */
@Component
class NoteOfferDialog extends DeclaredDialog<NoteOfferDialog.State> {

    enum State { OFFER }

    private final NotesService notes;
    private final NotesChat chat;

    NoteOfferDialog(NotesService notes, NotesChat chat) {
        super(null, "note-offer", Audience.members(), State.class);
        this.notes = notes;
        this.chat = chat;
    }

    @Override
    public Set<IncomingUpdate.Kind> offersOn() {
        return Set.of(IncomingUpdate.Kind.TEXT, IncomingUpdate.Kind.PHOTO, IncomingUpdate.Kind.DOCUMENT);
    }

    @Override
    public Transition<State> open(Turn turn, String argument) {
        IncomingUpdate.Attachment file = turn.attachment();
        if (file != null) {
            turn.put("file", file.fileId());
            turn.put("kind", turn.kind() == IncomingUpdate.Kind.PHOTO ? TelegramFile.Kind.PHOTO : TelegramFile.Kind.DOCUMENT);
            turn.put("text", file.caption() == null ? "" : file.caption());
        } else {
            turn.put("text", argument);
        }
        return Transition.stay(null);
    }

    @Override
    public Window<State> window(State state) {
        return switch (state) {
            case OFFER -> Window.of(State.class, this::offer)
                    .onText((turn, text) -> {
                        turn.remove("file");
                        turn.remove("kind");
                        turn.put("text", text);
                        return Transition.stay(null);
                    })
                    .onButton(this::onAnswer)
                    .finishes();
        };
    }

    private Screen offer(Turn turn) {
        String shown = turn.get("text");
        if (turn.get("file") != null) {
            String label = turn.text("PHOTO".equals(turn.get("kind")) ? "notes.file.photo" : "notes.file.document");
            shown = shown.isBlank() ? label : label + " " + shown;
        }
        if (shown.length() > 300) {
            shown = shown.substring(0, 299) + "…";
        }
        String html = turn.text("notes.offer", shown);
        if ("DOCUMENT".equals(turn.get("kind")) && turn.account().map(a -> a.roles().contains(Role.TEACHER)).orElse(false)) {
            // a teacher's file that is no question file: say which ones the bank imports, in case that was meant
            html += "\n\n<i>" + turn.text("teaching.import.unsupported") + "</i>";
        }
        return Screen.of(html)
                .row(Screen.choice(turn.text("notes.offer.button.yes"), "yes"),
                        Screen.choice(turn.text("notes.offer.button.no"), "no"));
    }

    private Transition<State> onAnswer(Turn turn, String action) {
        if (!"yes".equals(action)) {
            return Transition.done(turn.text("notes.offer.skipped"));
        }
        NewNote note = NewNote.privateNote(turn.get("text"));
        if (turn.get("file") != null) {
            note = note.withFile(new TelegramFile(turn.get("file"), TelegramFile.Kind.valueOf(turn.get("kind"))));
        } else {
            String bad = NotesChat.badText(turn, turn.get("text"));
            if (bad != null) {
                return Transition.done(bad);
            }
        }
        Note saved = notes.write(chat.actor(turn), note);
        return Transition.done(NotesChat.saved(turn, saved));
    }
}
