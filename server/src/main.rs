use std::io::BufRead;
use std::process::ExitCode;

use clap::Parser;
use pathway_server::accounts::{self, NewAccount};
use pathway_server::config::{Cli, Command, GenerateTeam, UserAdd, UserCommand, UserSignOut};
use pathway_server::db::Db;
use pathway_server::sample_team::{self, TeamSize};
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
        Some(Command::GenerateTeam(size)) => generate_team(&cli.data_dir, &size),
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

fn sign_out_everywhere(data_dir: &std::path::Path, who: UserSignOut) -> Result<(), String> {
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

fn add_user(data_dir: &std::path::Path, add: UserAdd) -> Result<(), String> {
    let password = match std::env::var("PATHWAY_PASSWORD") {
        Ok(password) => password,
        Err(_) => {
            eprintln!("Password for {} (then Enter):", add.username);
            let mut line = String::new();
            std::io::stdin()
                .lock()
                .read_line(&mut line)
                .map_err(|e| format!("cannot read the password: {e}"))?;
            line.trim_end_matches(['\r', '\n']).to_owned()
        }
    };
    let db = open(data_dir)?;
    let account = NewAccount {
        username: add.username,
        display_name: add.name,
        role: add.role,
        password: Some(password),
        phone: add.phone,
        team: add.team,
        adviser: add.adviser,
        date_of_birth: add.date_of_birth,
        plan: Default::default(),
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
