package ua.zalik.rest.testing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import ua.zalik.kernel.Actor;
import ua.zalik.kernel.InvalidInputException;
import ua.zalik.rest.problems.PayloadTooLargeException;
import ua.zalik.testing.Question;
import ua.zalik.testing.QuestionBank;
import ua.zalik.testing.QuestionFiles;
import ua.zalik.testing.QuestionFormat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

@RestController
@RequestMapping("/api/testing/categories/{id}")
@Tag(name = "question bank")
class QuestionFileController {

    /** The API's body limit (see BodySizeLimitFilter); a question file is read whole into memory. */
    static final long MAX_FILE_BYTES = 1024 * 1024;

    private final QuestionFiles files;
    private final QuestionBank bank;

    QuestionFileController(QuestionFiles files, QuestionBank bank) {
        this.files = files;
        this.bank = bank;
    }

    @PostMapping(path = "/questions/import-file", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Import a GIFT, Aiken or Moodle XML file (part 'file', up to 1 MB, UTF-8): all its questions or, "
            + "on any error, none; its categories become sub-categories. Without ?format= by extension: .xml is Moodle XML, "
            + ".gift GIFT, .txt Aiken when every question ends with 'ANSWER: X', else GIFT")
    List<Question> importFile(Actor actor, @PathVariable long id, @RequestPart("file") MultipartFile file,
                              @RequestParam(required = false) String format) throws IOException {
        if (file.getSize() > MAX_FILE_BYTES) {
            throw new PayloadTooLargeException(MAX_FILE_BYTES);
        }
        String text = utf8(file.getBytes());
        QuestionFormat chosen = format != null ? format(format) : files.formatOf(file.getOriginalFilename(), text);
        return files.importFile(actor, id, chosen, text);
    }

    @PostMapping(path = "/questions/import-file", consumes = {MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_XML_VALUE,
            MediaType.TEXT_XML_VALUE})
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Import questions sent as the body (text/plain or XML, UTF-8) in ?format=gift|aiken|moodle-xml")
    List<Question> importText(Actor actor, @PathVariable long id, @RequestBody byte[] body, @RequestParam String format) {
        return files.importFile(actor, id, format(format), utf8(body));
    }

    @GetMapping("/export")
    @Operation(summary = "Download the category's questions and its sub-categories' as ?format=gift (default) or moodle-xml")
    ResponseEntity<byte[]> export(Actor actor, @PathVariable long id, @RequestParam(defaultValue = "gift") String format) {
        QuestionFormat chosen = format(format);
        String file = files.export(actor, id, chosen);
        return Downloads.file(file.getBytes(StandardCharsets.UTF_8),
                MediaType.parseMediaType(chosen.mediaType() + ";charset=UTF-8"), bank.category(actor, id).name(),
                chosen.fileExtension());
    }

    static QuestionFormat format(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "gift" -> QuestionFormat.GIFT;
            case "aiken" -> QuestionFormat.AIKEN;
            case "moodle-xml", "moodle_xml", "xml" -> QuestionFormat.MOODLE_XML;
            default -> throw new InvalidInputException("format must be gift, aiken or moodle-xml");
        };
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            throw new InvalidInputException("the file is not UTF-8 text; save it as UTF-8 and try again");
        }
    }
}
