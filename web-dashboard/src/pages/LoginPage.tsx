import { Alert, Box, Button, Center, Divider, Group, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { TFunction } from 'i18next';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { ApiError } from '../api/client';
import { describeError } from '../api/errors';
import { useConfig } from '../api/ApiContext';
import { useLogin, useMe, useTelegramLogin } from '../auth/session';
import { TelegramLoginButton } from '../auth/TelegramLoginButton';
import { FullPageLoader } from '../shell/FullPageLoader';
import { LanguageSwitch } from '../shell/LanguageSwitch';

interface FieldErrors {
  email?: string;
  password?: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+$/;

function validate(email: string, password: string): FieldErrors {
  const errors: FieldErrors = {};
  if (!email.trim()) {
    errors.email = 'login.emailRequired';
  } else if (!EMAIL.test(email.trim())) {
    errors.email = 'login.emailInvalid';
  }
  if (!password) {
    errors.password = 'login.passwordRequired';
  }
  return errors;
}

function loginError(t: TFunction, error: unknown): string {
  if (error instanceof ApiError && error.status === 401) {
    return t('login.wrongCredentials');
  }
  if (error instanceof ApiError && error.status === 429) {
    return error.retryAfter
      ? `${t('login.tooManyAttempts')} ${t('login.tryAgainIn', { seconds: error.retryAfter })}`
      : t('login.tooManyAttempts');
  }
  return describeError(t, error);
}

function telegramError(t: TFunction, error: unknown): string {
  return error instanceof ApiError && error.status === 401 ? t('login.telegramRefused') : describeError(t, error);
}

export default function LoginPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('login.title')}`);
  const me = useMe();
  const login = useLogin();
  const telegramLogin = useTelegramLogin();
  const { telegramLoginBot } = useConfig();
  const navigate = useNavigate();
  const location = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const from = (location.state as { from?: string } | null)?.from ?? '/classes';

  if (me.isPending) {
    return <FullPageLoader />;
  }
  if (me.data) {
    return <Navigate to={from} replace />;
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validate(email, password);
    setErrors(found);
    if (found.email || found.password) {
      (found.email ? emailRef : passwordRef).current?.focus();
      return;
    }
    login.mutate({ email: email.trim(), password }, { onSuccess: () => void navigate(from, { replace: true }) });
  }

  return (
    <Box mih="100vh" p="md">
      <Group justify="flex-end">
        <LanguageSwitch />
      </Group>
      <Center mt="xl">
        <Paper component="main" withBorder shadow="sm" p="lg" radius="md" w="100%" maw={400}>
          <form onSubmit={submit} noValidate>
            <Stack>
              <div>
                <Title order={1} size="h2">{t('login.title')}</Title>
                <Text c="dimmed" size="sm">{t('login.subtitle')}</Text>
              </div>
              {login.isError && (
                <Alert color="red" title={t('login.failed')} role="alert">
                  {loginError(t, login.error)}
                </Alert>
              )}
              <TextInput
                ref={emailRef}
                label={t('login.email')}
                type="email"
                autoComplete="username"
                autoFocus
                required
                value={email}
                onChange={(e) => {
                  setEmail(e.currentTarget.value);
                  setErrors((old) => ({ ...old, email: undefined }));
                }}
                error={errors.email && t(errors.email)}
              />
              <PasswordInput
                ref={passwordRef}
                label={t('login.password')}
                autoComplete="current-password"
                required
                value={password}
                onChange={(e) => {
                  setPassword(e.currentTarget.value);
                  setErrors((old) => ({ ...old, password: undefined }));
                }}
                error={errors.password && t(errors.password)}
              />
              <Button type="submit" loading={login.isPending} fullWidth>
                {t('login.submit')}
              </Button>
              {telegramLoginBot && (
                <>
                  <Divider label={t('login.or')} labelPosition="center" />
                  {telegramLogin.isError && (
                    <Alert color="red" title={t('login.failed')} role="alert">
                      {telegramError(t, telegramLogin.error)}
                    </Alert>
                  )}
                  <Center aria-label={t('login.telegram')} role="group">
                    <TelegramLoginButton
                      bot={telegramLoginBot}
                      onAuth={(user) => telegramLogin.mutate(user, { onSuccess: () => void navigate(from, { replace: true }) })}
                    />
                  </Center>
                </>
              )}
            </Stack>
          </form>
        </Paper>
      </Center>
    </Box>
  );
}
