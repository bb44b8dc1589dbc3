use std::io::BufRead;
use std::process::ExitCode;

use clap::Parser;
use pathway_server::accounts::{self, NewAccount};
use pathway_server::audit::{self, Event, COMMAND_LINE};
use pathway_server::backup;
use pathway_server::config::{
    BackupTo, Cli, Command, CouncilAdd, CouncilCommand, CouncilSet, CouncilSettings, GenerateTeam,
    RestoreFrom, UserAdd, UserCommand, UserMove, Username,
};
use pathway_server::councils::{self, Changes, Council, CouncilError};
use pathway_server::db::Db;
use pathway_server::sample_team::{self, TeamSize};
use pathway_server::sessions;
use pathway_server::store::Conn;
use tracing_subscriber::EnvFilter;

#[tokio::main]
async fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| EnvFilter::new("info,tower_http=warn")),
        )
        .init();
    let cli = Cli::parse();
    let place = Place {
        data_dir: cli.data_dir,
        database_url: cli.database_url,
    };
    let outcome = match cli.command {
        None | Some(Command::Serve) => {
            pathway_server::serve(&place.data_dir, place.database_url.as_deref(), cli.serve)
                .await
                .map_err(|e| e.to_string())
        }
        // Commands run off the runtime's threads: PostgreSQL's driver is
        // driven from there, as the server's work is.
        Some(command) => tokio::task::spawn_blocking(move || run(&place, command))
            .await
            .map_err(|e| e.to_string())
            .and_then(|outcome| outcome),
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("pathway-server: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Tells whoever ran a command what it did. A reader that has gone, as
/// `| head` goes after its lines, is not a failure: the work is done.
fn say(text: std::fmt::Arguments<'_>) -> Result<(), String> {
    use std::io::Write as _;
    match writeln!(std::io::stdout().lock(), "{text}") {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(format!("writing to standard output: {e}"))
        }
        _ => Ok(()),
    }
}

fn run(place: &Place, command: Command) -> Result<(), String> {
    match command {
        Command::Serve => Ok(()),
        Command::User(UserCommand::Add(add)) => add_user(place, add),
        Command::User(UserCommand::SignOut(who)) => sign_out_everywhere(place, who),
        Command::User(UserCommand::Lock(who)) => lock(place, &who.username, true),
        Command::User(UserCommand::Unlock(who)) => lock(place, &who.username, false),
        Command::User(UserCommand::ResetPassword(who)) => reset_password(place, &who.username),
        Command::User(UserCommand::Move(moving)) => move_to_adviser(place, &moving),
        Command::Council(CouncilCommand::List) => list_councils(place),
        Command::Council(CouncilCommand::Add(add)) => add_council(place, add),
        Command::Council(CouncilCommand::Set(set)) => set_council(place, set),
        Command::GenerateTeam(size) => generate_team(place, &size),
        Command::Backup(to) => take_backup(place.sqlite_only("A backup")?, &to),
        Command::Restore(from) => restore(place.sqlite_only("A restore")?, &from),
        Command::Restored => after_restore(place),
    }
}

/// Where everything is kept: the data directory's SQLite, or PostgreSQL.
struct Place {
    data_dir: std::path::PathBuf,
    database_url: Option<String>,
}

impl Place {
    fn open(&self) -> Result<Db, String> {
        match &self.database_url {
            Some(url) => tokio::runtime::Handle::current().block_on(Db::connect(url)),
            None => Db::open_in(&self.data_dir),
        }
        .map_err(|e| e.to_string())
    }

    fn sqlite_only(&self, what: &str) -> Result<&std::path::Path, String> {
        match self.database_url {
            Some(_) => Err(format!(
                "{what} is of the embedded SQLite; with PostgreSQL, use pg_dump or point-in-time recovery (see the README)"
            )),
            None => Ok(&self.data_dir),
        }
    }
}

fn take_backup(data_dir: &std::path::Path, BackupTo { to }: &BackupTo) -> Result<(), String> {
    let started = std::time::Instant::now();
    let contents = backup::backup(data_dir, to).map_err(|e| e.to_string())?;
    say(format_args!(
        "Backed up to {}: {} in {:.1} s. Keep it as safely as the server: it holds everyone's records.",
        to.display(),
        described(&contents),
        started.elapsed().as_secs_f64(),
    ))?;
    Ok(())
}

fn restore(data_dir: &std::path::Path, RestoreFrom { from }: &RestoreFrom) -> Result<(), String> {
    let restored = backup::restore(data_dir, from).map_err(|e| e.to_string())?;
    say(format_args!(
        "Restored {}: {}. Kept as they were: {} lock(s) and {} password(s) changed since the backup. {} sign-in(s) ended: everyone signs in again, and each phone takes its records afresh and sends what it holds that the backup lacks. Whatever was written after the backup and is on no phone is gone.",
        from.display(),
        described(&restored.contents),
        restored.locks_carried,
        restored.passwords_carried,
        restored.sign_ins_ended,
    ))?;
    Ok(())
}

fn after_restore(place: &Place) -> Result<(), String> {
    if place.database_url.is_none() {
        return Err("`restored` is for PostgreSQL: with SQLite, `restore` does this itself".into());
    }
    let db = place.open()?;
    let ended = db
        .blocking(|conn| backup::restored(conn, "PostgreSQL put back to an earlier state"))
        .map_err(|e| e.to_string())?;
    say(format_args!("Done: {ended} sign-in(s) ended. Everyone signs in again, and each phone takes its records afresh and sends what it holds that the database lacks. Lock and reset again any account locked or given a new password since the backup."))?;
    Ok(())
}

fn described(contents: &backup::Contents) -> String {
    let latest = contents
        .latest_change_at
        .and_then(|at| time::OffsetDateTime::from_unix_timestamp(at).ok())
        .map_or_else(
            || "no records".to_owned(),
            |at| {
                format!(
                    "the latest change on {}",
                    pathway_app::dates::iso(at.date())
                )
            },
        );
    format!(
        "{} account(s), {} record(s), {latest}, {:.1} MB",
        contents.accounts,
        contents.records,
        contents.bytes as f64 / 1_000_000.0
    )
}

fn lock(place: &Place, username: &str, locking: bool) -> Result<(), String> {
    let db = place.open()?;
    let ended = db
        .blocking(|conn| {
            let id = accounts::id_of(conn, username)?;
            let tx = conn.begin()?;
            let ended = if locking {
                sessions::lock(*tx, id, None)?
            } else {
                sessions::unlock(*tx, id)?;
                0
            };
            let event = if locking {
                Event::AccountLocked
            } else {
                Event::AccountUnlocked
            };
            audit::record(*tx, event, Some(id), username, COMMAND_LINE, None)?;
            tx.commit()?;
            Ok::<_, accounts::AccountError>(ended)
        })
        .map_err(|e| e.to_string())?;
    if locking {
        say(format_args!("Locked {username}: signed out of {ended} phone(s), each of which removes what Pathway kept on it when it next connects. Unlock with `user unlock`."))?;
    } else {
        say(format_args!("Unlocked {username}: they can sign in again."))?;
    }
    Ok(())
}

fn reset_password(place: &Place, username: &str) -> Result<(), String> {
    let password = password_for(username)?;
    let db = place.open()?;
    db.blocking(|conn| {
        let id = accounts::reset_password(conn, username, &password)?;
        audit::record(
            conn,
            Event::PasswordReset,
            Some(id),
            username,
            COMMAND_LINE,
            None,
        )?;
        Ok::<_, accounts::AccountError>(())
    })
    .map_err(|e| e.to_string())?;
    say(format_args!("{username} has a new password and is signed out everywhere; their phones keep unsent changes until they sign in with it."))?;
    Ok(())
}

/// A password from PATHWAY_PASSWORD, or else the first line of standard input.
fn password_for(username: &str) -> Result<String, String> {
    match std::env::var("PATHWAY_PASSWORD") {
        Ok(password) => Ok(password),
        Err(_) => {
            eprintln!("Password for {username} (then Enter):");
            let mut line = String::new();
            std::io::stdin()
                .lock()
                .read_line(&mut line)
                .map_err(|e| format!("cannot read the password: {e}"))?;
            Ok(line.trim_end_matches(['\r', '\n']).to_owned())
        }
    }
}

fn sign_out_everywhere(place: &Place, who: Username) -> Result<(), String> {
    let db = place.open()?;
    let ended = db
        .blocking(|conn| pathway_server::sessions::sign_out_everywhere(conn, &who.username))
        .map_err(|e| e.to_string())?
        .ok_or_else(|| format!("no account is called {}", who.username))?;
    say(format_args!(
        "Signed {} out of {ended} phone(s); each removes what Pathway kept on it when it next connects.",
        who.username
    ))?;
    Ok(())
}

fn generate_team(place: &Place, size: &GenerateTeam) -> Result<(), String> {
    let password =
        std::env::var("PATHWAY_PASSWORD").unwrap_or_else(|_| pathway_server::demo::PASSWORD.into());
    let team_size = TeamSize {
        advisers: size.advisers,
        young_people_each: size.young_people,
        years: size.years,
    };
    let db = place.open()?;
    let started = std::time::Instant::now();
    let made = db
        .blocking(|conn| sample_team::generate(conn, team_size, &password, size.seed))
        .map_err(|e| e.to_string())?;
    say(format_args!(
        "Made {} with {} young people and {} records in {:.1} s. Sign in as {}, {} or {} with the password {password:?}.",
        made.team,
        made.young_people,
        made.records,
        started.elapsed().as_secs_f64(),
        made.manager,
        made.first_adviser,
        made.first_young_person,
    ))?;
    Ok(())
}

fn move_to_adviser(place: &Place, moving: &UserMove) -> Result<(), String> {
    let db = place.open()?;
    db.blocking(|conn| accounts::move_to_adviser(conn, &moving.username, &moving.adviser))
        .map_err(|e| e.to_string())?;
    say(format_args!(
        "{}'s personal adviser is now {}",
        moving.username, moving.adviser
    ))?;
    Ok(())
}

fn add_user(place: &Place, add: UserAdd) -> Result<(), String> {
    let password = password_for(&add.username)?;
    let db = place.open()?;
    let account = NewAccount {
        username: add.username,
        display_name: add.name,
        role: add.role,
        password: Some(password),
        phone: add.phone,
        email: add.email,
        council: add.council,
        team: add.team,
        adviser: add.adviser,
        date_of_birth: add.date_of_birth,
        pronouns: add.pronouns,
        plan: Default::default(),
        child_id: add.child_id,
        sex: add.sex,
    };
    let id = db
        .blocking(|conn| accounts::create(conn, &account))
        .map_err(|e| e.to_string())?;
    say(format_args!(
        "Created {} ({}) with id {id}",
        account.username,
        account.role.as_str()
    ))?;
    Ok(())
}

/// What the shared council settings on the command line change.
fn changes_from(settings: CouncilSettings) -> Result<Changes, String> {
    let contact_rules = settings
        .contact_rules
        .map(|path| {
            let text = std::fs::read_to_string(&path)
                .map_err(|e| format!("cannot read the contact rules in {}: {e}", path.display()))?;
            serde_json::from_str(&text)
                .map_err(|e| format!("the contact rules in {} are not valid: {e}", path.display()))
        })
        .transpose()?;
    Ok(Changes {
        name: None,
        out_of_hours_phone: None,
        advocacy: settings.advocacy_name.map(|name| {
            Some(pathway_app::sync::Advocacy {
                name,
                phone: settings.advocacy_phone,
                web: settings.advocacy_web,
            })
        }),
        escalate_after_minutes: settings.escalate_after_minutes,
        contact_rules,
        email_template: settings.notify_email_template.map(Some),
        sms_template: settings.notify_sms_template.map(Some),
    })
}

/// Runs `work` and its audit row in one transaction.
fn change_councils(
    place: &Place,
    event: Event,
    work: impl FnOnce(Conn<'_>) -> Result<Council, CouncilError>,
) -> Result<Council, String> {
    let db = place.open()?;
    db.blocking(|conn| {
        let tx = conn.begin()?;
        let council = work(*tx)?;
        audit::record(*tx, event, None, &council.name, COMMAND_LINE, None)?;
        tx.commit()?;
        Ok::<_, CouncilError>(council)
    })
    .map_err(|e| e.to_string())
}

fn add_council(place: &Place, add: CouncilAdd) -> Result<(), String> {
    let changes = Changes {
        name: Some(add.name),
        out_of_hours_phone: Some(add.out_of_hours_phone),
        ..changes_from(add.settings)?
    };
    let council = change_councils(place, Event::CouncilAdded, |conn| {
        councils::add(conn, &changes)
    })?;
    say(format_args!(
        "Added {}:\n{}",
        council.name,
        settings_of(&council)
    ))?;
    say(format_args!(
        "Add its people with `user add --council {:?}`.",
        council.name
    ))?;
    Ok(())
}

fn set_council(place: &Place, set: CouncilSet) -> Result<(), String> {
    let mut changes = Changes {
        name: set.rename_to,
        out_of_hours_phone: set.out_of_hours_phone,
        ..changes_from(set.settings)?
    };
    if set.no_advocacy {
        changes.advocacy = Some(None);
    }
    if set.no_notify_templates {
        changes.email_template = Some(None);
        changes.sms_template = Some(None);
    }
    let council = change_councils(place, Event::CouncilChanged, |conn| {
        councils::change(conn, &set.name, &changes)
    })?;
    say(format_args!(
        "Changed {}; phones have it on their next pull:\n{}",
        council.name,
        settings_of(&council)
    ))?;
    Ok(())
}

fn list_councils(place: &Place) -> Result<(), String> {
    let db = place.open()?;
    let listed = db
        .blocking(|conn| councils::list(conn))
        .map_err(|e| e.to_string())?;
    for entry in listed {
        say(format_args!(
            "{}: {} young people, {} staff\n{}",
            entry.council.name,
            entry.young_people,
            entry.staff,
            settings_of(&entry.council)
        ))?;
    }
    Ok(())
}

fn settings_of(council: &Council) -> String {
    let settings = &council.settings;
    let advocacy = settings.advocacy.as_ref().map_or_else(
        || "none (she is told to ask her adviser)".to_owned(),
        |a| {
            [Some(a.name.as_str()), a.phone.as_deref(), a.web.as_deref()]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(", ")
        },
    );
    let template = |t: &Option<String>| t.clone().unwrap_or_else(|| "none".to_owned());
    format!(
        "  out of hours: {}\n  advocacy: {advocacy}\n  contact rules: {}\n  safety flag to the team manager after {} minutes\n  GOV.UK Notify templates: email {}, text {}",
        settings.out_of_hours_phone,
        council.rules.name,
        settings.escalate_after_minutes,
        template(&council.alerts.email_template),
        template(&council.alerts.sms_template),
    )
}
