using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using SpecClient.Client.Tests.Support;
using Todos.Api;

namespace SpecClient.Client.Tests.AspNetCore32;

/// <summary>
/// A client generated from the OpenAPI 3.2 document an ASP.NET Core 11 minimal API writes (AspNetCore32/todos.openapi32.json),
/// calling the minimal API that document describes, on Kestrel: a QUERY endpoint mapped with <c>MapMethods</c>, integer
/// ids in the route, and problem details for a missing todo and an invalid one.
/// </summary>
public sealed class AspNetCore32ClientTests : IAsyncLifetime
{
    private LoopbackHost _host = null!;

    public async Task InitializeAsync() => _host = await LoopbackHost.StartAsync(TodoService.Map, minimalApi: true);

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    private TodosClient Client() => new(_host.Http);

    [Fact]
    public async Task The_QUERY_endpoint_answers_the_generated_query_operation()
    {
        var client = Client();
        await client.CreateTodoAsync(new NewTodo { Title = "Buy milk" });
        await client.CreateTodoAsync(new NewTodo { Title = "Buy bread" });

        var found = await client.SearchTodosAsync(new TodoFilter { TitleContains = "Buy", Done = false });

        Assert.Equal(new[] { "Buy milk", "Buy bread" }, found.Select(t => t.Title));
    }

    [Fact]
    public async Task Integer_ids_round_trip_and_a_missing_todo_is_the_typed_problem_details()
    {
        var client = Client();
        var created = await client.CreateTodoAsync(new NewTodo { Title = "Write the client" });

        var read = await client.GetTodoAsync(created.Id);
        Assert.Equal(("Write the client", false), (read.Title, read.Done));

        var error = await Assert.ThrowsAsync<ApiNotFoundException>(() => client.GetTodoAsync(created.Id + 1000));
        var problem = error.GetError<Todos.Api.ProblemDetails>();
        Assert.NotNull(problem);
        Assert.Equal(404, problem!.Status);
        Assert.Equal("No such todo", problem.Title);
    }

    [Fact]
    public async Task An_invalid_todo_is_a_bad_request_with_the_validation_problem_details()
    {
        var error = await Assert.ThrowsAsync<ApiBadRequestException>(() => Client().CreateTodoAsync(new NewTodo { Title = " " }));

        var problem = error.GetError<Todos.Api.HttpValidationProblemDetails>();
        Assert.NotNull(problem);
        Assert.Equal(new[] { "A todo needs a title." }, problem!.Errors!["title"]);
    }

    /// <summary>The minimal API the checked-in document describes (what ASP.NET Core 11 would write it from).</summary>
    private static class TodoService
    {
        public static void Map(WebApplication app)
        {
            var todos = new ConcurrentDictionary<int, TodoItem>();
            var nextId = 0;

            app.MapGet("/todos", (bool? done) => todos.Values.Where(t => done is null || t.Done == done).OrderBy(t => t.Id).ToArray());
            app.MapGet("/todos/{id}", Results<Ok<TodoItem>, ProblemHttpResult> (int id) =>
                todos.TryGetValue(id, out var todo) ? TypedResults.Ok(todo) : TypedResults.Problem(title: "No such todo", statusCode: 404));
            app.MapPost("/todos", Results<Created<TodoItem>, ValidationProblem> (NewTodoItem body) =>
            {
                if (string.IsNullOrWhiteSpace(body.Title))
                {
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["title"] = ["A todo needs a title."] });
                }

                var todo = new TodoItem(Interlocked.Increment(ref nextId), body.Title, false);
                todos[todo.Id] = todo;
                return TypedResults.Created($"/todos/{todo.Id}", todo);
            });
            app.MapMethods("/todos/search", ["QUERY"], (TodoSearch filter) =>
                todos.Values
                    .Where(t => filter.TitleContains is null || t.Title.Contains(filter.TitleContains, StringComparison.Ordinal))
                    .Where(t => filter.Done is null || t.Done == filter.Done)
                    .OrderBy(t => t.Id)
                    .ToArray());
        }
    }

    private sealed record TodoItem(int Id, string Title, bool Done);

    private sealed record NewTodoItem(string Title);

    private sealed record TodoSearch(string? TitleContains, bool? Done);
}
