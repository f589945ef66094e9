import { AppShell, Burger, Button, Group, NavLink, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Outlet, NavLink as RouterLink, useLocation, useNavigate } from 'react-router';
import { useAccount } from '../auth/RequireAuth';
import { useLogout } from '../auth/session';
import { useSandboxAvailable } from '../sandbox/useSandbox';
import { LanguageSwitch } from './LanguageSwitch';
import { visibleNav } from './nav';

/** Header (account, language, logout) and navigation around every page of a logged-in account. */
export default function Shell() {
  const { t } = useTranslation();
  const me = useAccount();
  const logout = useLogout();
  const navigate = useNavigate();
  const location = useLocation();
  const [navOpen, nav] = useDisclosure(false);
  const pages = visibleNav(me.roles, useSandboxAvailable());

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !navOpen } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={navOpen} onClick={nav.toggle} hiddenFrom="sm" size="sm" aria-label={t('shell.openNav')} aria-expanded={navOpen} />
            <Title order={2} size="h4">{t('app.name')}</Title>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Text size="sm" visibleFrom="xs" truncate="end" maw={220} title={t('shell.signedInAs', { name: me.fullName })}>
              {me.fullName}
            </Text>
            <LanguageSwitch />
            <Button variant="default" size="xs" loading={logout.isPending}
              onClick={() => logout.mutate(undefined, { onSettled: () => void navigate('/login', { replace: true }) })}>
              {t('shell.logout')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('shell.mainNav')}>
        <Text size="sm" hiddenFrom="xs" px="sm" py="xs" c="dimmed">{t('shell.signedInAs', { name: me.fullName })}</Text>
        {pages.map((page) => (
          <NavLink key={page.to} component={RouterLink} to={page.to} label={t(page.label)}
            active={location.pathname.startsWith(page.to)} onClick={nav.close} />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
