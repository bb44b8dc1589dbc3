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
    let outcome = match cli.command {
        None | Some(Command::Serve) => pathway_server::serve(&cli.data_dir, cli.serve)
            .await
            .map_err(|e| e.to_string()),
        Some(Command::User(UserCommand::Add(add))) => add_user(&cli.data_dir, add),
        Some(Command::User(UserCommand::SignOut(who))) => sign_out_everywhere(&cli.data_dir, who),
        Some(Command::User(UserCommand::Lock(who))) => lock(&cli.data_dir, &who.username, true),
        Some(Command::User(UserCommand::Unlock(who))) => lock(&cli.data_dir, &who.username, false),
        Some(Command::User(UserCommand::ResetPassword(who))) => {
            reset_password(&cli.data_dir, &who.username)
        }
        Some(Command::User(UserCommand::Move(moving))) => move_to_adviser(&cli.data_dir, &moving),
        Some(Command::Council(CouncilCommand::List)) => list_councils(&cli.data_dir),
        Some(Command::Council(CouncilCommand::Add(add))) => add_council(&cli.data_dir, add),
        Some(Command::Council(CouncilCommand::Set(set))) => set_council(&cli.data_dir, set),
        Some(Command::GenerateTeam(size)) => generate_team(&cli.data_dir, &size),
        Some(Command::Backup(to)) => take_backup(&cli.data_dir, &to),
        Some(Command::Restore(from)) => restore(&cli.data_dir, &from),
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("pathway-server: {message}");
            ExitCode::FAILURE
        }
    }
}

fn open(data_dir: &std::path::Path) -> Result<Db, String> {
    Db::open_in(data_dir).map_err(|e| e.to_string())
}

fn take_backup(data_dir: &std::path::Path, BackupTo { to }: &BackupTo) -> Result<(), String> {
    let started = std::time::Instant::now();
    let contents = backup::backup(data_dir, to).map_err(|e| e.to_string())?;
    println!(
        "Backed up to {}: {} in {:.1} s. Keep it as safely as the server: it holds everyone's records.",
        to.display(),
        described(&contents),
        started.elapsed().as_secs_f64(),
    );
    Ok(())
}

fn restore(data_dir: &std::path::Path, RestoreFrom { from }: &RestoreFrom) -> Result<(), String> {
    let restored = backup::restore(data_dir, from).map_err(|e| e.to_string())?;
    println!(
        "Restored {}: {}. Kept as they were: {} lock(s) and {} password(s) changed since the backup. {} sign-in(s) ended: everyone signs in again, and each phone takes its records afresh and sends what it holds that the backup lacks. Whatever was written after the backup and is on no phone is gone.",
        from.display(),
        described(&restored.contents),
        restored.locks_carried,
        restored.passwords_carried,
        restored.sign_ins_ended,
    );
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

fn lock(data_dir: &std::path::Path, username: &str, locking: bool) -> Result<(), String> {
    let db = open(data_dir)?;
    let ended = db
        .with_connection(|conn| {
            let id = accounts::id_of(&*conn, username)?;
            let tx = conn
                .transaction()
                .map_err(pathway_server::db::StoreError::from)?;
            let ended = if locking {
                sessions::lock(&tx, id, None)?
            } else {
                sessions::unlock(&tx, id)?;
                0
            };
            let event = if locking {
                Event::AccountLocked
            } else {
                Event::AccountUnlocked
            };
            audit::record(&tx, event, Some(id), username, COMMAND_LINE, None)?;
            tx.commit()?;
            Ok::<_, accounts::AccountError>(ended)
        })
        .map_err(|e| e.to_string())?;
    if locking {
        println!("Locked {username}: signed out of {ended} phone(s), each of which removes what Pathway kept on it when it next connects. Unlock with `user unlock`.");
    } else {
        println!("Unlocked {username}: they can sign in again.");
    }
    Ok(())
}

fn reset_password(data_dir: &std::path::Path, username: &str) -> Result<(), String> {
    let password = password_for(username)?;
    let db = open(data_dir)?;
    db.with_connection(|conn| {
        let id = accounts::reset_password(&*conn, username, &password)?;
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
    println!("{username} has a new password and is signed out everywhere; their phones keep unsent changes until they sign in with it.");
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

fn sign_out_everywhere(data_dir: &std::path::Path, who: Username) -> Result<(), String> {
    let db = open(data_dir)?;
    let ended = db
        .with_connection(|conn| pathway_server::sessions::sign_out_everywhere(conn, &who.username))
        .map_err(|e| e.to_string())?
        .ok_or_else(|| format!("no account is called {}", who.username))?;
    println!(
        "Signed {} out of {ended} phone(s); each removes what Pathway kept on it when it next connects.",
        who.username
    );
    Ok(())
}

fn generate_team(data_dir: &std::path::Path, size: &GenerateTeam) -> Result<(), String> {
    let password =
        std::env::var("PATHWAY_PASSWORD").unwrap_or_else(|_| pathway_server::demo::PASSWORD.into());
    let team_size = TeamSize {
        advisers: size.advisers,
        young_people_each: size.young_people,
        years: size.years,
    };
    let db = open(data_dir)?;
    let started = std::time::Instant::now();
    let made = db
        .with_connection(|conn| sample_team::generate(conn, team_size, &password, size.seed))
        .map_err(|e| e.to_string())?;
    println!(
        "Made {} with {} young people and {} records in {:.1} s. Sign in as {}, {} or {} with the password {password:?}.",
        made.team,
        made.young_people,
        made.records,
        started.elapsed().as_secs_f64(),
        made.manager,
        made.first_adviser,
        made.first_young_person,
    );
    Ok(())
}

fn move_to_adviser(data_dir: &std::path::Path, moving: &UserMove) -> Result<(), String> {
    let db = open(data_dir)?;
    db.with_connection(|conn| accounts::move_to_adviser(conn, &moving.username, &moving.adviser))
        .map_err(|e| e.to_string())?;
    println!(
        "{}'s personal adviser is now {}",
        moving.username, moving.adviser
    );
    Ok(())
}

fn add_user(data_dir: &std::path::Path, add: UserAdd) -> Result<(), String> {
    let password = password_for(&add.username)?;
    let db = open(data_dir)?;
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
        .with_connection(|conn| accounts::create(conn, &account))
        .map_err(|e| e.to_string())?;
    println!(
        "Created {} ({}) with id {id}",
        account.username,
        account.role.as_str()
    );
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
    data_dir: &std::path::Path,
    event: Event,
    work: impl FnOnce(&rusqlite::Connection) -> Result<Council, CouncilError>,
) -> Result<Council, String> {
    let db = open(data_dir)?;
    db.with_connection(|conn| {
        let tx = conn
            .transaction()
            .map_err(pathway_server::db::StoreError::from)?;
        let council = work(&tx)?;
        audit::record(&tx, event, None, &council.name, COMMAND_LINE, None)?;
        tx.commit().map_err(pathway_server::db::StoreError::from)?;
        Ok::<_, CouncilError>(council)
    })
    .map_err(|e| e.to_string())
}

fn add_council(data_dir: &std::path::Path, add: CouncilAdd) -> Result<(), String> {
    let changes = Changes {
        name: Some(add.name),
        out_of_hours_phone: Some(add.out_of_hours_phone),
        ..changes_from(add.settings)?
    };
    let council = change_councils(data_dir, Event::CouncilAdded, |conn| {
        councils::add(conn, &changes)
    })?;
    println!("Added {}:\n{}", council.name, settings_of(&council));
    println!(
        "Add its people with `user add --council {:?}`.",
        council.name
    );
    Ok(())
}

fn set_council(data_dir: &std::path::Path, set: CouncilSet) -> Result<(), String> {
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
    let council = change_councils(data_dir, Event::CouncilChanged, |conn| {
        councils::change(conn, &set.name, &changes)
    })?;
    println!(
        "Changed {}; phones have it on their next pull:\n{}",
        council.name,
        settings_of(&council)
    );
    Ok(())
}

fn list_councils(data_dir: &std::path::Path) -> Result<(), String> {
    let db = open(data_dir)?;
    let listed = db
        .with_connection(|conn| councils::list(conn))
        .map_err(|e| e.to_string())?;
    for entry in listed {
        println!(
            "{}: {} young people, {} staff\n{}",
            entry.council.name,
            entry.young_people,
            entry.staff,
            settings_of(&entry.council)
        );
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
