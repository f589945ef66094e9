package ua.zalik.bot.config;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** A blank TELEGRAM_BOT_TOKEN counts as none (application.yml maps it with an empty default). */
class OnTelegramBotCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return StringUtils.hasText(context.getEnvironment().getProperty("zalik.telegram.token"));
    }
}
