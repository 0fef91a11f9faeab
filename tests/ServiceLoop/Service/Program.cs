using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http.HttpResults;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddOpenApi();

// ASP.NET Core's web JSON defaults read numbers from strings too, so its document types every number as
// [integer, string] with a numeric pattern: SpecClient reads that as the number (int id), as here, with the defaults.

var app = builder.Build();
app.MapOpenApi();

var todos = new ConcurrentDictionary<int, Todo>();
todos[1] = new Todo(1, "Write the service", true);
var nextId = 1;

app.MapGet("/todos", (bool? done) => todos.Values.Where(t => done is null || t.Done == done).OrderBy(t => t.Id).ToArray())
    .WithName("ListTodos");

app.MapGet("/todos/{id}", Results<Ok<Todo>, NotFound> (int id) =>
        todos.TryGetValue(id, out var todo) ? TypedResults.Ok(todo) : TypedResults.NotFound())
    .WithName("GetTodo");

app.MapPost("/todos", (NewTodo body) =>
    {
        var todo = new Todo(Interlocked.Increment(ref nextId), body.Title, false);
        todos[todo.Id] = todo;
        return TypedResults.Created($"/todos/{todo.Id}", todo);
    })
    .WithName("CreateTodo");

app.Run();

/// <summary>A thing to do.</summary>
public sealed record Todo(int Id, string Title, bool Done);

/// <summary>What a client sends to add a thing to do.</summary>
public sealed record NewTodo(string Title);
