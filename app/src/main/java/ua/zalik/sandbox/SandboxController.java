package ua.zalik.sandbox;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import ua.zalik.bot.fakeapi.FakeUser;
import ua.zalik.kernel.Actor;
import ua.zalik.kernel.InvalidInputException;
import ua.zalik.kernel.PageRequest;
import ua.zalik.kernel.Role;
import ua.zalik.users.Account;
import ua.zalik.users.TelegramIdentity;
import ua.zalik.users.UsersService;

import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * Chat with the bot from the dashboard, without Telegram (local profile, no bot token): everyone as themselves, an
 * admin also as any account of their school. Everything goes through the fake Bot API as real Telegram updates.
 */
@RestController
@RequestMapping("/api/sandbox")
@ConditionalOnProperty(name = SandboxEnvironmentPostProcessor.RUNNING, havingValue = "true")
@Tag(name = "sandbox", description = "Try the Telegram bot without Telegram (local profile only)")
class SandboxController {

    record Info(String botUsername) {
    }

    record Identity(long accountId, String fullName, Set<Role> roles, long chatId, boolean linked) {
    }

    record Chat(Identity identity, List<SandboxChats.Entry> messages, String notice) {
    }

    record Text(@NotBlank @Size(max = 4096) String text) {
    }

    record Press(@NotNull Integer messageId, @NotBlank @Size(max = 64) String callbackData) {
    }

    record PollAnswer(@NotNull Integer messageId, @NotEmpty List<@NotNull Integer> optionIds) {
    }

    record Document(@NotBlank @Size(max = 200) String fileName, @Size(max = 100) String mimeType,
                    @NotBlank String contentBase64, @Size(max = 1024) String caption) {
    }

    private final SandboxChats chats;
    private final UsersService users;

    SandboxController(SandboxChats chats, UsersService users) {
        this.chats = chats;
        this.users = users;
    }

    @GetMapping
    @Operation(summary = "The sandbox is on: the bot's username")
    Info info() {
        return new Info(chats.botUsername());
    }

    @GetMapping("/identities")
    @Operation(summary = "Whom the caller may chat as: themselves, and for an admin every account of the school")
    List<Identity> identities(Actor actor) {
        List<Account> accounts = actor.is(Role.ADMIN)
                ? users.accounts(actor, null, new PageRequest(0, PageRequest.MAX_SIZE)).items()
                : List.of(users.account(actor, actor.accountId()));
        return accounts.stream().map(this::identity).toList();
    }

    @PostMapping("/chats/{accountId}/link")
    @Operation(summary = "Link the account to its sandbox chat, as an invite would (no /start code needed)")
    Identity link(Actor actor, @PathVariable long accountId) {
        Account account = chatter(actor, accountId);
        long chatId = SandboxChats.chatIdOf(account.id());
        String[] names = account.fullName().split(" ", 2);
        users.linkTelegram(account.id(), new TelegramIdentity(chatId, chatId, names[0], names.length > 1 ? names[1] : null,
                account.language()));
        return identity(users.account(actor, account.id()));
    }

    @GetMapping("/chats/{accountId}")
    @Operation(summary = "The chat as Telegram would show it: bot messages (HTML, buttons, polls, edits) and the user's")
    Chat chat(Actor actor, @PathVariable long accountId) {
        Account account = chatter(actor, accountId);
        long chatId = SandboxChats.chatIdOf(account.id());
        return new Chat(identity(account), chats.transcript(chatId), chats.lastNotice(chatId));
    }

    @PostMapping("/chats/{accountId}/messages")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Send a text message to the bot")
    void send(Actor actor, @PathVariable long accountId, @Valid @RequestBody Text text) {
        Account account = chatter(actor, accountId);
        chats.sendText(SandboxChats.chatIdOf(account.id()), user(account), text.text());
    }

    @PostMapping("/chats/{accountId}/presses")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Press an inline button of a bot message")
    void press(Actor actor, @PathVariable long accountId, @Valid @RequestBody Press press) {
        Account account = chatter(actor, accountId);
        long chatId = SandboxChats.chatIdOf(account.id());
        var message = chats.botMessage(chatId, press.messageId());
        boolean known = message != null && message.keyboard() != null && message.keyboard().stream().flatMap(List::stream)
                .anyMatch(b -> press.callbackData().equals(b.callbackData()));
        if (!known) {
            throw new InvalidInputException("message " + press.messageId() + " has no such button");
        }
        chats.press(chatId, user(account), press.messageId(), press.callbackData());
    }

    @PostMapping("/chats/{accountId}/poll-answers")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Answer a poll the bot sent")
    void answer(Actor actor, @PathVariable long accountId, @Valid @RequestBody PollAnswer answer) {
        Account account = chatter(actor, accountId);
        long chatId = SandboxChats.chatIdOf(account.id());
        var message = chats.botMessage(chatId, answer.messageId());
        if (message == null || message.poll() == null) {
            throw new InvalidInputException("message " + answer.messageId() + " is not a poll");
        }
        if (answer.optionIds().stream().anyMatch(o -> o < 0 || o >= message.poll().options().size())) {
            throw new InvalidInputException("the poll has options 0 to " + (message.poll().options().size() - 1));
        }
        chats.answerPoll(chatId, user(account), answer.messageId(), answer.optionIds());
    }

    @PostMapping("/chats/{accountId}/documents")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Send the bot a document (base64, under 700 KB)")
    void document(Actor actor, @PathVariable long accountId, @Valid @RequestBody Document document) {
        Account account = chatter(actor, accountId);
        byte[] content;
        try {
            content = Base64.getDecoder().decode(document.contentBase64());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("contentBase64 is not base64");
        }
        chats.sendDocument(SandboxChats.chatIdOf(account.id()), user(account), document.fileName(),
                document.mimeType() == null || document.mimeType().isBlank() ? "application/octet-stream" : document.mimeType(),
                content, document.caption());
    }

    /** The caller themselves, or for an admin any account of their school (users.account checks the school). */
    private Account chatter(Actor actor, long accountId) {
        if (!actor.isSelf(accountId)) {
            actor.requireAdmin();
        }
        return users.account(actor, accountId);
    }

    private Identity identity(Account account) {
        long chatId = SandboxChats.chatIdOf(account.id());
        boolean linked = users.telegramLink(account.id()).filter(l -> l.telegramUserId() == chatId && l.active()).isPresent();
        return new Identity(account.id(), account.fullName(), account.roles(), chatId, linked);
    }

    private static FakeUser user(Account account) {
        long chatId = SandboxChats.chatIdOf(account.id());
        return new FakeUser(chatId, account.fullName().split(" ", 2)[0], "sandbox" + account.id(), account.language());
    }
}
