using System.Linq;
using SpecClient.Generator.Emitting.Json;
using SpecClient.Generator.Emitting.Syntax;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Emitting.Operations;

/// <summary>Writes the request body in the media type the spec chose: JSON, form fields, multipart parts, bytes, text or a JSON sequence.</summary>
internal static class BodyWriter
{
    public static void Write(SourceWriter writer, JsonTypes json, RequestBodySpec body, Locals locals)
    {
        var name = CSharp.Identifier(body.Name);
        var sequence = body.Kind == BodyKind.JsonSequence;
        var optional = !body.IsRequired || (body.Type.IsNullable && !sequence);
        if (optional)
        {
            writer.OpenBlock($"if ({name} is not null)");
        }

        var contentType = CSharp.Literal(body.ContentType);
        var target = $"{locals.Request}.Content";
        var value = optional && body.Type.IsStruct && !sequence ? name + ".Value" : name;
        switch (body.Kind)
        {
            case BodyKind.Json:
                writer.WriteLine($"{target} = {KnownTypes.ApiContent}.Json({value}, {json.TypeInfoOf(body.Type)}, {contentType});");
                break;
            case BodyKind.Text:
                writer.WriteLine($"{target} = {KnownTypes.ApiContent}.Text({ParameterWriter.Format(body.Type, value)}, {contentType});");
                break;
            case BodyKind.Binary:
                writer.WriteLine(body.Type.Kind == TypeKind.Bytes
                    ? $"{target} = {KnownTypes.ApiContent}.Binary(new global::System.IO.MemoryStream({value}, writable: false), {contentType});"
                    : $"{target} = {KnownTypes.ApiContent}.Binary({value}, {contentType});");
                break;
            case BodyKind.FormUrlEncoded:
                WriteForm(writer, json, body, value, locals, target);
                break;
            case BodyKind.Multipart:
                WriteMultipart(writer, json, body, value, locals, target);
                break;
            case BodyKind.JsonSequence:
                writer.WriteLine($"{target} = {KnownTypes.ApiJsonSequence}.Content({value}, {json.TypeInfoOf(body.Type)}, {contentType});");
                break;
        }

        if (optional)
        {
            writer.CloseBlock();
        }
    }

    private static void WriteForm(SourceWriter writer, JsonTypes json, RequestBodySpec body, string value, Locals locals, string target)
    {
        var fields = locals.Take("fields");
        writer.WriteLine($"var {fields} = new {KnownTypes.List}<{KnownTypes.KeyValuePair}<string, string>>();");
        if (json.Find(body.Type.Name) is { Kind: TypeSpecKind.Object } form)
        {
            // A stream has no text form; files need multipart/form-data.
            foreach (var property in form.Properties.Where(p => p.Type.Kind != TypeKind.Stream))
            {
                var member = $"{value}.{CSharp.Identifier(property.Name)}";
                WriteField(writer, json, property, member, locals, (key, text) => $"{fields}.Add(new({key}, {text}));");
            }
        }
        else if (body.Type.Kind == TypeKind.Map)
        {
            var entry = locals.Free("entry");
            writer.OpenBlock($"foreach (var {entry} in {value})");
            writer.WriteLine($"{fields}.Add(new({entry}.Key, {ParameterWriter.Format(body.Type.Element!, entry + ".Value")}));");
            writer.CloseBlock();
        }

        writer.WriteLine($"{target} = new global::System.Net.Http.FormUrlEncodedContent({fields});");
    }

    private static void WriteMultipart(SourceWriter writer, JsonTypes json, RequestBodySpec body, string value, Locals locals, string target)
    {
        var parts = locals.Take("parts");
        writer.WriteLine($"var {parts} = new global::System.Net.Http.MultipartFormDataContent();");
        if (json.Find(body.Type.Name) is { Kind: TypeSpecKind.Object } form)
        {
            foreach (var property in form.Properties)
            {
                var member = $"{value}.{CSharp.Identifier(property.Name)}";
                var key = CSharp.Literal(property.WireName);
                var present = locals.Take(CSharp.Camel(property.Name) + "Part");
                writer.OpenBlock($"if ({member} is {{ }} {present})");
                switch (property.Type.Kind)
                {
                    case TypeKind.Stream:
                        writer.WriteLine($"{parts}.Add({KnownTypes.ApiContent}.Binary({present}, \"application/octet-stream\"), {key}, {key});");
                        break;
                    case TypeKind.Bytes:
                        writer.WriteLine($"{parts}.Add(new global::System.Net.Http.ByteArrayContent({present}), {key}, {key});");
                        break;
                    default:
                        writer.WriteLine(property.Type.IsStructured
                            ? $"{parts}.Add({KnownTypes.ApiContent}.Json({present}, {json.TypeInfoOf(property.Type)}, \"application/json\"), {key});"
                            : $"{parts}.Add(new global::System.Net.Http.StringContent({ParameterWriter.Format(property.Type, present)}), {key});");
                        break;
                }

                writer.CloseBlock();
            }
        }

        writer.WriteLine($"{target} = {parts};");
    }

    private static void WriteField(SourceWriter writer, JsonTypes json, PropertySpec property, string member, Locals locals, System.Func<string, string, string> add)
    {
        var key = CSharp.Literal(property.WireName);
        var present = locals.Take(CSharp.Camel(property.Name) + "Field");
        writer.OpenBlock($"if ({member} is {{ }} {present})");
        if (property.Type.Kind == TypeKind.Array)
        {
            // Arrays in a form body repeat the field once per item (form style, exploded).
            var item = locals.Free("item");
            writer.OpenBlock($"foreach (var {item} in {present})");
            writer.WriteLine(add(key, ParameterWriter.Format(property.Type.Element!, item)));
            writer.CloseBlock();
        }
        else if (property.Type.IsStructured)
        {
            writer.WriteLine(add(key, $"{KnownTypes.ApiContent}.JsonText({present}, {json.TypeInfoOf(property.Type)})"));
        }
        else if (property.Type.Kind == TypeKind.Bytes)
        {
            writer.WriteLine(add(key, $"global::System.Convert.ToBase64String({present})"));
        }
        else
        {
            writer.WriteLine(add(key, ParameterWriter.Format(property.Type, present)));
        }

        writer.CloseBlock();
    }
}
