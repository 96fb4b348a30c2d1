// Which language regbrev speaks when the user has not chosen one: the editor's display language for the
// server (InitializeParams.locale), the POSIX locale for the CLI. Swedish for any Swedish locale
// ("sv", "sv-SE", "sv_FI.UTF-8"), English otherwise, the same rule in both places.
export type Language = 'sv' | 'en';

export function languageOfLocale(locale: string | undefined): Language {
  return locale !== undefined && /^sv(?:[-_.@]|$)/i.test(locale.trim()) ? 'sv' : 'en';
}

/** The POSIX locale that decides the language of messages: LC_ALL, then LC_MESSAGES, then LANG. */
export function localeOfEnvironment(env: Readonly<Record<string, string | undefined>>): string | undefined {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const v = env[name];
    if (v !== undefined && v !== '') return v;
  }
  return undefined;
}
